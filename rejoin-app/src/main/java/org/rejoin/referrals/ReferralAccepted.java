package org.rejoin.referrals;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A CME officer judged a referred child missing education or at risk of it: a case opens. Handled
 * in the publishing transaction, so a decision never stands without its case.
 *
 * @param receivedOn the date referred, the case's first date for management
 */
public record ReferralAccepted(UUID referralId, UUID childId, TriageDecision decision, LocalDate receivedOn,
        LocalDate decidedOn, RejoinUser by) {
}
