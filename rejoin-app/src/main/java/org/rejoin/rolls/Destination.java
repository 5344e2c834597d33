package org.rejoin.rolls;

/** Where a leaver went, as the school knows it. Stored by name. */
public enum Destination {
    /** Another school in this LA: it should register the child within 5 school days. */
    SCHOOL_IN_LA,
    /** Another LA: its CME contact is notified. */
    OTHER_LA,
    /** Moved abroad, or out of the English and Welsh system. */
    ABROAD,
    /** Electively home educated (ground f). */
    HOME_EDUCATION,
    /** Not known: a CME referral opens. */
    UNKNOWN,
    /** No onward education to name (died, over compulsory school age, detained). */
    NOT_APPLICABLE
}
