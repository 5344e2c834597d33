package org.rejoin.referrals;

import java.util.UUID;

/**
 * Whether a child is on an open case of the casework that accepted referrals open: a child on such a
 * case who joins a roll is told to the case's officer, not to the intake. An extension point, so that
 * referrals need not know the casework module.
 */
public interface OpenCases {

    boolean hasOpenCase(UUID childId);

    /**
     * Where the casework each of these referrals opened stands, as the referrer is told it, by referral:
     * {@code CASE_} and the case's status while it runs ({@code CASE_NOT_LOCATED}), {@code CLOSED_} and
     * the closure's outcome once closed ({@code CLOSED_IN_SCHOOL}). A referral that opened no case is left out.
     */
    java.util.Map<UUID, String> progress(java.util.Collection<UUID> referralIds);
}
