package org.rejoin.cme;

/** What a locate check found. Stored by name. */
public enum EnquiryOutcome {
    FOUND,
    NOT_FOUND,
    NO_RESPONSE,
    INFORMATION
}
