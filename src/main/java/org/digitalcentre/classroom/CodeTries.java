package org.digitalcentre.classroom;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * The counting of a learner's tries at her code, each step in its own short transaction (the caller has none) so that
 * no row stays locked while a code is hashed: a try is counted, and committed, before the code is checked, so
 * parallel sessions see each other's tries at once; then the result is written with updates that touch only the
 * columns they mean, never a whole learner read earlier.
 */
@Component
class CodeTries {

    private final LearnerRepository learners;

    CodeTries(LearnerRepository learners) {
        this.learners = learners;
    }

    /** A counted try: how many tries are counted now (this one included) and the hash to check her code against. */
    record Taken(int counted, String codeHash) {
    }

    @Transactional
    public Optional<Taken> take(long learnerId, Instant now) {
        if (learners.takeCodeTry(learnerId, now) == 0) {
            return Optional.empty();
        }
        return learners.findById(learnerId).map(l -> new Taken(l.getFailedCodeEntries(), l.getCodeHash()));
    }

    @Transactional
    public void accepted(long learnerId) {
        learners.codeAccepted(learnerId);
    }

    @Transactional
    public void locked(long learnerId) {
        learners.lock(learnerId);
    }

    @Transactional
    public void waitUntil(long learnerId, Instant nextTryAt) {
        learners.nextCodeTryNotBefore(learnerId, nextTryAt);
    }

    /** Where she stands when no try could be counted: unknown or archived (empty), locked, or waiting. */
    record Standing(boolean locked, int counted, Instant notBefore) {
    }

    @Transactional(readOnly = true)
    public Optional<Standing> standing(long learnerId) {
        return learners.findById(learnerId).filter(l -> !l.getCohort().isArchived() && !l.isAnonymised())
                .map(l -> new Standing(l.isLocked(), l.getFailedCodeEntries(), l.getCodeTryNotBefore()));
    }
}
