package org.digitalcentre.privacy;

import org.digitalcentre.base.SignedIn;
import org.digitalcentre.classroom.LearnerFacts;
import org.digitalcentre.classroom.LearnerRecords;
import org.digitalcentre.programme.IntakeService;
import org.digitalcentre.learning.LearnerActivityRecords;
import org.digitalcentre.live.LiveClassroom;
import org.digitalcentre.plan.CohortPlanService;
import org.digitalcentre.programme.OutcomeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Locale;

/**
 * An administrator erases a learner (every row of hers, in every table) or anonymises her (her results stay for the
 * group's figures; no name, no picture, no code, no notes, no drafts, nothing she typed in a simulation). Neither can
 * be undone. Logs say how many rows, never whose.
 */
@Service
public class LearnerErasure {

    private static final Logger log = LoggerFactory.getLogger(LearnerErasure.class);

    private final LearnerRecords learners;
    private final LearnerActivityRecords activity;
    private final CohortPlanService plans;
    private final LiveClassroom live;
    private final OutcomeService outcomes;
    private final IntakeService intakes;

    LearnerErasure(LearnerRecords learners, LearnerActivityRecords activity, CohortPlanService plans,
                   LiveClassroom live, OutcomeService outcomes, IntakeService intakes) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.activity = activity;
        this.plans = plans;
        this.live = live;
        this.intakes = intakes;
    }

    /** What erasing her would remove, for the confirm dialog. */
    public record Loss(String firstName, String shortName, boolean anonymised, int answers, int modules, int days,
                       int drafts, int notes, int modulesGivenToHer) {
    }

    /** The first name typed does not match hers: nothing was erased. */
    public static class NameNotConfirmed extends IllegalArgumentException {
        NameNotConfirmed() {
            super("The first name typed is not the learner's");
        }
    }

    /** She is signed in right now: erasing her under her feet would fail her next answer. Nothing was changed. */
    public static class SignedInNow extends IllegalStateException {
        SignedInNow() {
            super("The learner is signed in now");
        }
    }

    @Transactional(readOnly = true)
    public Loss lossOf(SignedIn admin, long learnerId) {
        PrivacyAccess.requireAdmin(admin);
        LearnerFacts facts = learner(learnerId);
        LearnerActivityRecords.Counts counts = activity.countsOf(learnerId);
        return new Loss(facts.firstName(), facts.shortName(), facts.anonymisedAt() != null, counts.attempts(),
                counts.modules(), counts.days(), counts.drafts(), learners.notesCount(learnerId),
                plans.assignmentsOf(admin, learnerId).size());
    }

    /**
     * Erases her and everything about her, once the administrator has typed her first name (any capitals, spaces
     * around ignored). Throws {@link NameNotConfirmed} or {@link SignedInNow}, changing nothing.
     */
    @Transactional
    public void erase(SignedIn admin, long learnerId, String typedFirstName) {
        PrivacyAccess.requireAdmin(admin);
        LearnerFacts facts = learner(learnerId);
        if (!sameName(facts.firstName(), typedFirstName)) {
            throw new NameNotConfirmed();
        }
        requireNotHere(learnerId);
        LearnerActivityRecords.Counts counts = activity.countsOf(learnerId);
        int notes = learners.notesCount(learnerId);
        plans.eraseAssignmentsOf(admin, learnerId);
        intakes.forget(learnerId);
        activity.erase(learnerId);
        outcomes.erase(learnerId);
        learners.erase(learnerId);
        log.info("Erased a learner: {} answers, {} modules, {} days, {} drafts, {} notes", counts.attempts(),
                counts.modules(), counts.days(), counts.drafts(), notes);
    }

    /**
     * Anonymises her: see {@link #anonymiseNow}. Throws {@link SignedInNow}, changing nothing.
     *
     * @return whether she was anonymised now (false: she already was)
     */
    @Transactional
    public boolean anonymise(SignedIn admin, long learnerId) {
        PrivacyAccess.requireAdmin(admin);
        learner(learnerId);
        requireNotHere(learnerId);
        boolean done = anonymiseNow(learnerId);
        if (done) {
            log.info("Anonymised a learner at an administrator's request");
        }
        return done;
    }

    /**
     * Takes her identity away (name, picture, code, the team's notes) and what she typed freely (unchecked tries,
     * values typed in simulations); her answers, scores, times and progress stay for the group's figures. For the
     * retention rule too. Does nothing to a learner already anonymised.
     */
    @Transactional
    boolean anonymiseNow(long learnerId) {
        if (!learners.anonymise(learnerId)) {
            return false;
        }
        activity.keepOnlyResults(learnerId);
        // Her outcome and follow-ups are kept (the centre's figures need them); only the teacher's note on it goes.
        outcomes.keepOnlyFigures(learnerId);
        intakes.forget(learnerId); // private like the team's notes
        return true;
    }

    boolean isHere(long learnerId) {
        return live.cohortOf(learnerId).isPresent();
    }

    private void requireNotHere(long learnerId) {
        if (isHere(learnerId)) {
            throw new SignedInNow();
        }
    }

    private LearnerFacts learner(long learnerId) {
        return learners.facts(learnerId).orElseThrow(() -> new AccessDeniedException("No such learner"));
    }

    static boolean sameName(String firstName, String typed) {
        return typed != null && normalised(firstName).equals(normalised(typed));
    }

    private static String normalised(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
