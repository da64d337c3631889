package org.digitalcentre.progress;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.ClassroomService;
import org.digitalcentre.classroom.CohortAdministration;
import org.digitalcentre.classroom.CohortCard;
import org.digitalcentre.classroom.LearnerTile;
import org.digitalcentre.content.ContentCatalogue;
import org.digitalcentre.content.Exercise;
import org.digitalcentre.content.Module;
import org.digitalcentre.learning.AnswerCodec;
import org.digitalcentre.learning.AnswerInWords;
import org.digitalcentre.learning.AttemptRecord;
import org.digitalcentre.learning.LearningService;
import org.digitalcentre.learning.ModuleResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What teachers see of their cohorts' progress. A teacher sees only the cohorts she teaches; an administrator sees
 * all. Every method checks that, whatever the screen asked for.
 */
@Service
public class CohortProgressService {

    private final ClassroomService classroom;
    private final CohortAdministration administration;
    private final LearningService learning;
    private final ContentCatalogue catalogue;

    CohortProgressService(ClassroomService classroom, CohortAdministration administration, LearningService learning,
                          ContentCatalogue catalogue) {
        this.classroom = classroom;
        this.administration = administration;
        this.learning = learning;
        this.catalogue = catalogue;
    }

    public List<CohortCard> cohortsFor(SignedIn staff) {
        return classroom.cohortsFor(staff);
    }

    @Transactional(readOnly = true)
    public CohortGrid grid(SignedIn staff, long cohortId) {
        requireCohort(staff, cohortId);
        List<Module> modules = catalogue.modules();
        List<LearnerTile> learners = classroom.learnersOf(cohortId);
        Map<Long, Map<String, ModuleResult>> results =
                learning.resultsOf(learners.stream().map(LearnerTile::id).toList(), catalogue::module);
        List<CohortGrid.LearnerRow> rows = learners.stream().map(learner -> {
            Map<String, ModuleResult> hers = new HashMap<>();
            Map<String, ModuleResult> started = results.getOrDefault(learner.id(), Map.of());
            for (Module module : modules) {
                hers.put(module.id(), started.getOrDefault(module.id(), ModuleResult.notStarted(module)));
            }
            return new CohortGrid.LearnerRow(learner.id(), learner.shortName(), learner.locked(), hers);
        }).toList();
        return new CohortGrid(cohortId,
                modules.stream().map(m -> new CohortGrid.ModuleColumn(m.id(), m.title())).toList(), rows);
    }

    /** Lets a learner locked by five wrong codes try again. */
    public void unlock(SignedIn staff, long learnerId) {
        administration.unlock(staff, learnerId);
    }

    /** Every answer of one learner, newest first, described in the teacher's language. */
    @Transactional(readOnly = true)
    public List<AttemptLine> attemptsOf(SignedIn staff, long learnerId, String language, Map<Boolean, String> yesNo) {
        LearnerTile learner = classroom.learner(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
        requireCohort(staff, learner.cohortId());
        return learning.attemptsOf(learnerId).stream().map(attempt -> line(attempt, language, yesNo)).toList();
    }

    private AttemptLine line(AttemptRecord attempt, String language, Map<Boolean, String> yesNo) {
        Optional<Module> module = catalogue.module(attempt.moduleId());
        Optional<Exercise> exercise = module.flatMap(m -> m.exercise(attempt.exerciseId()));
        String answer = exercise.map(e -> AnswerInWords.describe(e, AnswerCodec.fromJson(attempt.answerJson()),
                language, yesNo)).orElse(attempt.answerJson());
        return new AttemptLine(module.map(m -> m.title().in(language)).orElse(attempt.moduleId()),
                exercise.map(e -> e.prompt().in(language)).orElse(attempt.exerciseId()), answer, attempt.correct(),
                attempt.score(), attempt.firstTry(), attempt.hintUsed(), Math.round(attempt.timeSpentMs() / 1000.0),
                attempt.endedAt());
    }

    private void requireCohort(SignedIn staff, long cohortId) {
        if (!classroom.mayWorkWith(staff, cohortId)) {
            throw new AccessDeniedException("Not one of this person's cohorts");
        }
    }
}
