package org.digitalcentre.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup file: when it was made, why, and its size in bytes.
 *
 * @param file the .zip file, which {@code --restore=FILE} reads
 */
public record Backup(Path file, LocalDateTime madeAt, Reason reason, long size) {

    /** Why a backup was made; the name is part of the file name. */
    public enum Reason {
        /** The backup of the day, at the configured time (or at start when that time was missed). */
        DAILY("daily"),
        /** An administrator asked for one on the backups page. */
        MANUAL("manual"),
        /** Just before the database's tables were updated by a new version of the app. */
        BEFORE_UPDATE("before-update");

        private final String inFileName;

        Reason(String inFileName) {
            this.inFileName = inFileName;
        }

        public String inFileName() {
            return inFileName;
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
