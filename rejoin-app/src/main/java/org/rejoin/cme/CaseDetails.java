package org.rejoin.cme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the officer records about a case besides its milestones.
 *
 * @param keyWorker the key worker or lead professional (the needs step of docs/rules/cme.md)
 * @param lookedAfterEmergency a looked-after child moved in an emergency: a placement is due in 20 school days
 */
public record CaseDetails(UUID keyWorker, String needsSummary, String eligibility, String lastKnownPlacement,
        LocalDate lastKnownPlacementOn, boolean lookedAfterEmergency) {
}
