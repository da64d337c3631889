package org.digitalcentre.privacy;

import org.digitalcentre.programme.OutcomeRecord;
import java.util.Optional;

import org.digitalcentre.classroom.LearnerFacts;
import org.digitalcentre.classroom.TeacherNoteRecord;
import org.digitalcentre.programme.AttendanceLine;
import org.digitalcentre.programme.IntakeRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything the app holds about one learner, read for her data export, with the texts in the reader's language:
 * each answer with the question as it was when she answered.
 */
public record LearnerData(LearnerFacts learner, boolean signedInNow, List<AnswerLine> answers,
                          Map<LocalDate, Long> secondsPerDay, List<ModuleLine> modules, List<TeacherNoteRecord> notes,
                          List<AssignmentLine> assignments, Instant exportedAt, String exportedBy,
                          Optional<OutcomeRecord> outcome, Optional<IntakeRecord> intake,
                          List<AttendanceLine> attendance) {

    public LearnerData {
        answers = List.copyOf(answers);
        secondsPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(secondsPerDay));
        modules = List.copyOf(modules);
        notes = List.copyOf(notes);
        assignments = List.copyOf(assignments);
        attendance = List.copyOf(attendance);
    }

    /**
     * One answer. {@code question} is the exercise's prompt in the version of the module she answered (kept when that
     * version was loaded); {@code questionAsKept} is false when that version was never kept and today's text is shown.
     */
    public record AnswerLine(Instant answeredAt, String moduleId, String moduleTitle, String contentVersion,
                             String exerciseId, String question, boolean questionAsKept, String answer,
                             boolean correct, int score, boolean firstTry, boolean hintUsed, long seconds) {
    }

    public record ModuleLine(String moduleId, String moduleTitle, String contentVersion, String currentStepId,
                             Instant startedAt, Instant lastActivity, long secondsSpent) {
    }

    public record AssignmentLine(String moduleId, String moduleTitle, Instant assignedAt) {
    }
}
