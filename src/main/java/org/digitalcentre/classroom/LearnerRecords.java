package org.digitalcentre.classroom;

import org.digitalcentre.base.Translations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the classroom holds about one learner, for the privacy feature: read it (her data export), take her identity
 * away (anonymise) or erase her. The privacy feature checks that an administrator asks, or that the retention rule
 * is due, before calling.
 */
@Service
public class LearnerRecords {

    /** The pseudonym of an anonymised learner, in the app's first language: "Apprenante 7". */
    static final String PSEUDONYM_KEY = "privacy.pseudonym";

    private final LearnerRepository learners;
    private final CohortRepository cohorts;
    private final TeacherNoteRepository notes;
    private final Translations translations;
    private final Clock clock;

    LearnerRecords(LearnerRepository learners, CohortRepository cohorts, TeacherNoteRepository notes,
                   Translations translations, Clock clock) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.notes = notes;
        this.translations = translations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LearnerFacts> facts(long learnerId) {
        return learners.findById(learnerId).map(l -> {
            Cohort cohort = l.getCohort();
            return new LearnerFacts(l.getId(), l.getFirstName(), l.getLastInitial(), l.getShortName(), l.getPicture(),
                    cohort.getId(), cohort.getName(), cohort.getCentre().getName(),
                    new CohortSchedule(cohort.getId(), cohort.getStartDate(), cohort.getWeeks()), cohort.isArchived(),
                    l.getFailedCodeEntries(), l.isLocked(), l.getCodeTryNotBefore(), l.getAnonymisedAt(),
                    l.getLanguage(), l.isReadAloudAutomatically());
        });
    }

    @Transactional(readOnly = true)
    public int notesCount(long learnerId) {
        return (int) notes.countByLearnerId(learnerId);
    }

    /**
     * Takes her name, picture and code away and deletes the team's notes about her; her results stay. She cannot sign
     * in any more and is on no sign-in screen. Does nothing to a learner already anonymised.
     *
     * @return whether she was anonymised now (false: unknown, or done before)
     */
    @Transactional
    public boolean anonymise(long learnerId) {
        Optional<Learner> found = learners.findById(learnerId);
        if (found.isEmpty() || found.get().isAnonymised()) {
            return false;
        }
        Learner learner = found.get();
        int number = learners.highestAnonymousNumber(learner.getCohort().getId()) + 1;
        String pseudonym = translations.getTranslation(PSEUDONYM_KEY, Translations.FRENCH, String.valueOf(number));
        learner.anonymise(pseudonym, number, clock.instant());
        notes.deleteAll(notes.findByLearnerIdOrderByWrittenOnDescIdDesc(learnerId));
        learners.flush();
        return true;
    }

    /** Her row and the team's notes about her; the other features erase their rows of hers first. */
    @Transactional
    public void erase(long learnerId) {
        notes.deleteAll(notes.findByLearnerIdOrderByWrittenOnDescIdDesc(learnerId));
        learners.findById(learnerId).ifPresent(learners::delete);
        learners.flush();
    }

    /** Her learners, by id, who still have their names. */
    @Transactional(readOnly = true)
    public List<Long> namedLearnersOf(long cohortId) {
        return learners.namedLearnerIdsOf(cohortId);
    }

    /** Every cohort with at least one learner not anonymised yet, the first to end first. */
    @Transactional(readOnly = true)
    public List<CohortToAnonymise> cohortsWithNamedLearners() {
        Map<Long, Integer> named = new HashMap<>();
        for (Object[] row : learners.namedLearnersByCohort()) {
            named.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return cohorts.findAllWithCentre().stream().filter(c -> named.containsKey(c.getId()))
                .map(c -> new CohortToAnonymise(c.getId(), c.getName(), c.getCentre().getName(),
                        new CohortSchedule(c.getId(), c.getStartDate(), c.getWeeks()), c.isArchived(),
                        named.get(c.getId())))
                .sorted(Comparator.comparing(CohortToAnonymise::endDate).thenComparing(CohortToAnonymise::name))
                .toList();
    }

    /** A cohort whose learners are all anonymised leaves the workstations' first screen. */
    @Transactional
    public void archive(long cohortId) {
        cohorts.findById(cohortId).ifPresent(c -> c.setArchived(true));
    }
}
