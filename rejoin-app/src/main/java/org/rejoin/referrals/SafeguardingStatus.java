package org.rejoin.referrals;

/** Children's social care statuses that escalate a referral at once (docs/rules/cme.md). Stored by name. */
public enum SafeguardingStatus {
    CHILD_PROTECTION_PLAN,
    CHILD_IN_NEED,
    LOOKED_AFTER
}
