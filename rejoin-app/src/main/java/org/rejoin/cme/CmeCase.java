package org.rejoin.cme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A CME case with its milestones, oldest first; its status is derived from them. */
public record CmeCase(UUID id, String reference, UUID childId, String childName, LocalDate childDateOfBirth,
        UUID referralId, CaseKind kind, LocalDate dateReferred, UUID keyWorker, String keyWorkerName,
        String needsSummary, String eligibility, String lastKnownPlacement, LocalDate lastKnownPlacementOn,
        boolean lookedAfterEmergency, Instant openedAt, String openedBy, long version, List<MilestoneEntry> milestones) {

    /** The subject type of a case's tasks. */
    public static final String TASK_SUBJECT = "CME_CASE";

    public CaseStatus status() {
        return CaseStatus.of(milestones.stream().map(MilestoneEntry::milestone).toList());
    }

    public boolean isOpen() {
        return status() != CaseStatus.CLOSED;
    }

    /** The milestones since the case last opened (or reopened). */
    public List<MilestoneEntry> currentCycle() {
        int start = 0;
        for (int i = 0; i < milestones.size(); i++) {
            if (milestones.get(i).milestone() == Milestone.REOPENED) {
                start = i;
            }
        }
        return milestones.subList(start, milestones.size());
    }

    /** The date of the milestone in the current cycle, or null. */
    public LocalDate dateOf(Milestone milestone) {
        return currentCycle().stream().filter(m -> m.milestone() == milestone).map(MilestoneEntry::occurredOn)
                .reduce((a, b) -> b).orElse(null);
    }

    public MilestoneEntry latest() {
        return milestones.get(milestones.size() - 1);
    }

    /** How the case closed last, or null while open. */
    public ClosureOutcome outcome() {
        return isOpen() ? null : latest().outcome();
    }
}
