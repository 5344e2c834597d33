package org.rejoin.referrals;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the referrer's organisation sees of its referral: the status the LA shares back, not
 * the LA's triage notes (ADR 12).
 *
 * @param status {@code RECEIVED}, or the decision's name once decided
 */
public record ReferralReceipt(UUID id, String reference, LocalDate receivedOn, String childName, String referrerName,
        String status, LocalDate decidedOn) {
}
