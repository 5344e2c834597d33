package org.rejoin.referrals;

import java.util.Set;

/** Why the child is referred, and what the referrer knows of risk to them. */
public record Concern(ReferralReason reason, String details, Set<RiskIndicator> riskIndicators,
        Set<SafeguardingStatus> safeguardingStatuses, boolean safeguardingConcern) {

    /** A reason and what was seen, with no risk known to the referrer. */
    public static Concern of(ReferralReason reason, String details) {
        return new Concern(reason, details, null, null, false);
    }
}
