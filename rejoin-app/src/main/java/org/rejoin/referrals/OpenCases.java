package org.rejoin.referrals;

import java.util.UUID;

/**
 * Whether a child is on an open case of the casework that accepted referrals open: a child on such a
 * case who joins a roll is told to the case's officer, not to the intake. An extension point, so that
 * referrals need not know the casework module.
 */
public interface OpenCases {

    boolean hasOpenCase(UUID childId);
}
