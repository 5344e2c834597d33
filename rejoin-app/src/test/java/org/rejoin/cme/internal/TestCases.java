package org.rejoin.cme.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.cme.CaseKind;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.MilestoneEntry;

/** Cases built in memory for the model's unit tests: no Spring, no database. */
final class TestCases {

    private TestCases() {
    }

    /**
     * A case identified on {@code identifiedOn} (referred the day before), with these further steps
     * one calendar day apart; a closing step closes it in school.
     */
    static CmeCase of(CaseKind kind, LocalDate identifiedOn, Milestone... steps) {
        var milestones = new ArrayList<MilestoneEntry>();
        milestones.add(entry(0, Milestone.IDENTIFIED, identifiedOn, null));
        for (int i = 0; i < steps.length; i++) {
            milestones.add(entry(i + 1, steps[i], identifiedOn.plusDays(i + 1),
                    steps[i] == Milestone.CLOSED ? ClosureOutcome.IN_SCHOOL : null));
        }
        return new CmeCase(UUID.randomUUID(), "CME2026-00001", UUID.randomUUID(), "Amy Test", LocalDate.of(2015, 3, 1),
                null, kind, identifiedOn.minusDays(1), null, null, null, null, "Abbey Primary School",
                identifiedOn.minusDays(10), false, Instant.parse("2026-10-01T09:00:00Z"), "cme.officer", 0,
                List.copyOf(milestones));
    }

    static CmeCase withLastPlacementOn(CmeCase c, LocalDate on) {
        return new CmeCase(c.id(), c.reference(), c.childId(), c.childName(), c.childDateOfBirth(), c.referralId(),
                c.kind(), c.dateReferred(), c.keyWorker(), c.keyWorkerName(), c.needsSummary(), c.eligibility(),
                c.lastKnownPlacement(), on, c.lookedAfterEmergency(), c.openedAt(), c.openedBy(), c.version(),
                c.milestones());
    }

    private static MilestoneEntry entry(int position, Milestone milestone, LocalDate on, ClosureOutcome outcome) {
        return new MilestoneEntry(position, milestone, on, null, outcome, null, Instant.parse("2026-10-01T09:00:00Z"),
                "cme.officer");
    }
}
