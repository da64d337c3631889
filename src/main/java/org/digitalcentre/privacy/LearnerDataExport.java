package org.digitalcentre.privacy;

import org.digitalcentre.programme.AttendanceService;
import org.digitalcentre.programme.IntakeService;
import org.digitalcentre.programme.OutcomeService;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.base.Translations;
import org.digitalcentre.classroom.LearnerFacts;
import org.digitalcentre.classroom.LearnerRecords;
import org.digitalcentre.classroom.TeacherNotes;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.AnswerInWords;
import org.digitalcentre.learning.AttemptRecord;
import org.digitalcentre.learning.KeptExercises;
import org.digitalcentre.learning.LearnerActivityRecords;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.plan.CohortPlanService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything held about one learner, for an administrator (GDPR right of access and portability): a .zip of
 * readable files (CSV and JSON) and a printable page, in the administrator's language. Never her code or its hash.
 */
@Service
public class LearnerDataExport {

    private final LearnerRecords learners;
    private final TeacherNotes notes;
    private final LearningService learning;
    private final LearnerActivityRecords activity;
    private final KeptExercises keptExercises;
    private final CohortPlanService plans;
    private final ContentCatalogue catalogue;
    private final LiveClassroom live;
    private final Translations translations;
    private final Clock clock;
    private final OutcomeService outcomes;
    private final IntakeService intakes;
    private final AttendanceService attendance;

    LearnerDataExport(LearnerRecords learners, TeacherNotes notes, LearningService learning,
                      LearnerActivityRecords activity, KeptExercises keptExercises, CohortPlanService plans,
                      ContentCatalogue catalogue, LiveClassroom live, Translations translations, Clock clock,
                      OutcomeService outcomes, IntakeService intakes, AttendanceService attendance) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.notes = notes;
        this.learning = learning;
        this.activity = activity;
        this.keptExercises = keptExercises;
        this.plans = plans;
        this.catalogue = catalogue;
        this.live = live;
        this.translations = translations;
        this.clock = clock;
        this.intakes = intakes;
        this.attendance = attendance;
    }

    /** Everything held about her, with the texts in the reader's language. */
    @Transactional(readOnly = true)
    public LearnerData collect(SignedIn admin, long learnerId, Locale locale) {
        PrivacyAccess.requireAdmin(admin);
        LearnerFacts facts = learners.facts(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        String language = Translations.supported(locale).getLanguage();
        Map<Boolean, String> yesNo = Map.of(true, translations.getTranslation("exercise.true", locale),
                false, translations.getTranslation("exercise.false", locale));
        List<LearnerData.AnswerLine> answers = learning.attemptsOf(learnerId).stream()
                .sorted(Comparator.comparing(AttemptRecord::endedAt).thenComparing(AttemptRecord::id))
                .map(attempt -> answerLine(attempt, language, yesNo)).toList();
        List<LearnerData.ModuleLine> modules = activity.progressOf(learnerId).stream()
                .map(p -> new LearnerData.ModuleLine(p.moduleId(), moduleTitle(p.moduleId(), language),
                        p.contentVersion(), p.currentStepId(), p.startedAt(), p.updatedAt(), p.secondsSpent()))
                .toList();
        List<LearnerData.AssignmentLine> assignments = plans.assignmentsOf(admin, learnerId).stream()
                .map(a -> new LearnerData.AssignmentLine(a.moduleId(), moduleTitle(a.moduleId(), language),
                        a.assignedAt())).toList();
        return new LearnerData(facts, live.cohortOf(learnerId).isPresent(), answers, learning.secondsPerDay(learnerId),
                modules, notes.notesOn(admin, learnerId), assignments, clock.instant(), admin.displayName(),
                outcomes.exportOf(learnerId), intakes.intakeForExport(learnerId),
                attendance.linesForExport(learnerId));
    }

    /** Her data as a .zip: index.html (printable), data.json, and one CSV file per kind of data. */
    @Transactional(readOnly = true)
    public byte[] zip(SignedIn admin, long learnerId, Locale locale) {
        return new ExportFiles(collect(admin, learnerId, locale), Translations.supported(locale), translations,
                clock.getZone()).zip();
    }

    /** The name of the downloaded file: her number, not her name (it stays in the downloads folder). */
    public String fileName(long learnerId, Locale locale) {
        return translations.getTranslation("privacy.file-name", locale, String.valueOf(learnerId),
                java.time.LocalDate.now(clock).toString());
    }

    /**
     * The question as the version she answered wrote it; today's text only when that version was never kept (then
     * {@code questionAsKept} is false), and the exercise's id when the content has it no more.
     */
    private LearnerData.AnswerLine answerLine(AttemptRecord attempt, String language, Map<Boolean, String> yesNo) {
        Optional<KeptExercises.Kept> kept = keptExercises.asAnswered(attempt.moduleId(), attempt.contentVersion(),
                attempt.exerciseId());
        Optional<Module> module = catalogue.module(attempt.moduleId());
        Optional<Exercise> exercise = kept.map(KeptExercises.Kept::exercise)
                .or(() -> module.flatMap(m -> m.exercise(attempt.exerciseId())));
        String title = kept.map(k -> k.moduleTitle().in(language))
                .orElseGet(() -> moduleTitle(attempt.moduleId(), language));
        String question = exercise.map(e -> e.prompt().in(language)).orElse(attempt.exerciseId());
        String answer = exercise.map(e -> AnswerInWords.describe(e, attempt, language, yesNo))
                .orElse(attempt.answerJson());
        return new LearnerData.AnswerLine(attempt.endedAt(), attempt.moduleId(), title, attempt.contentVersion(),
                attempt.exerciseId(), question, kept.isPresent(), answer, attempt.correct(), attempt.score(),
                attempt.firstTry(), attempt.hintUsed(), Math.round(attempt.timeSpentMs() / 1000.0));
    }


    private String moduleTitle(String moduleId, String language) {
        return catalogue.module(moduleId).map(m -> m.title().in(language)).orElse(moduleId);
    }
}
