package org.rejoin.rolls;

/** Where a deletion return stands (docs/rules/rolls.md). */
public enum DeletionStatus {
    /** The name is deleted from the roll on the deletion date. */
    ACCEPTED,
    /** Waiting for the LA's part of the joint enquiries; the pupil stays on the roll meanwhile. */
    PENDING_LA,
    /** The LA found the child, so the ground is not met; the pupil stays on the roll. */
    NOT_ACCEPTED
}
