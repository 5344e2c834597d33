package org.rejoin.cme;

import java.time.LocalDate;
import java.util.UUID;

/** A case in a list: the child, the status and the next thing due. */
public record CaseSummary(UUID id, String reference, UUID childId, String childName, CaseKind kind, CaseStatus status,
        LocalDate dateReferred, String keyWorkerName, String nextTask, LocalDate nextDue) {
}
