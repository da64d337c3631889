package org.digitalcentre.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.LocalTime;

/**
 * Where and when the H2 database is backed up.
 *
 * @param folder where the backups go (by default the {@code backups} folder inside the data folder)
 * @param time the time of day of the daily backup: in the daytime, because the centres' computers are often off at
 *         night; a day missed (the computer was off) is made up for within a minute of the next start
 * @param keep how many backups are kept; older ones are deleted after each new one
 */
@ConfigurationProperties("digitalcentre.backup")
public record BackupProperties(@DefaultValue("./data/backups") Path folder,
                               @DefaultValue("12:30") LocalTime time,
                               @DefaultValue("14") int keep) {

    public BackupProperties {
        if (keep < 1) {
            throw new IllegalArgumentException("digitalcentre.backup.keep must be at least 1, not " + keep);
        }
    }
}
