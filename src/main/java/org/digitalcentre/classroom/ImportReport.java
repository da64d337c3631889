package org.digitalcentre.classroom;

import java.util.List;

/**
 * What a CSV import did: the learners it enrolled (with the code each was given, shown once to the teacher), the
 * rows it left out and why (translation keys), or, when the whole file could not be read, why not.
 */
public record ImportReport(List<Enrolled> enrolled, List<Rejected> rejected, String fileProblem) {

    public ImportReport {
        enrolled = List.copyOf(enrolled);
        rejected = List.copyOf(rejected);
    }

    static ImportReport unreadable(String problemKey) {
        return new ImportReport(List.of(), List.of(), problemKey);
    }

    public boolean readable() {
        return fileProblem == null;
    }

    /** A learner enrolled from line {@code line} of the file. */
    public record Enrolled(int line, String shortName, LearnerPicture picture, String code) {
    }

    /** A line left out: what it said, and each reason as a translation key. */
    public record Rejected(int line, String text, List<String> reasons) {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
