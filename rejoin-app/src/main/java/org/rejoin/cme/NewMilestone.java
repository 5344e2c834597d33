package org.rejoin.cme;

import java.time.LocalDate;

/**
 * A milestone to record.
 *
 * @param outcome for {@link Milestone#CLOSED} only
 * @param destination where the child went: the school or provider, or for a move the LA and its receiving contact
 */
public record NewMilestone(Milestone milestone, LocalDate occurredOn, String details, ClosureOutcome outcome,
        String destination) {
}
