package org.digitalcentre.learning;

import java.time.Instant;

/** Where a learner is in a module and how long she spent on it, as read for her data export. */
public record ModuleProgressRecord(String moduleId, String contentVersion, String currentStepId, Instant startedAt,
                                   Instant updatedAt, long secondsSpent) {
}
