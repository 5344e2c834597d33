package org.rejoin.referrals;

import java.util.Map;

/** The referrals waiting for triage, counted: in all, escalated, and by the route they came. */
public record IntakeCounts(long waiting, long escalated, Map<ReferralRoute, Long> byRoute) {
}
