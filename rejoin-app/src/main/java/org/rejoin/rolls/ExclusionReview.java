package org.rejoin.rolls;

/** Where a permanent exclusion's review or appeal stands (reg 9(1)(o): delete only when finished). */
public enum ExclusionReview {
    NOT_REQUESTED,
    CONCLUDED,
    DECLINED,
    PENDING
}
