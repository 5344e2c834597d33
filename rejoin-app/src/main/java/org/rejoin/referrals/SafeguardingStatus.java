package org.rejoin.referrals;

/** Children's social care statuses that escalate a referral at once (RULES.md 4). Stored by name. */
public enum SafeguardingStatus {
    CHILD_PROTECTION_PLAN,
    CHILD_IN_NEED,
    LOOKED_AFTER
}
