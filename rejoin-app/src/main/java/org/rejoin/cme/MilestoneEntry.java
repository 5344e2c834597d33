package org.rejoin.cme;

import java.time.Instant;
import java.time.LocalDate;

/** One dated milestone of a case, and who recorded it when. */
public record MilestoneEntry(int position, Milestone milestone, LocalDate occurredOn, String details,
        ClosureOutcome outcome, String destination, Instant recordedAt, String recordedBy) {
}
