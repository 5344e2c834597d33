package org.rejoin.children;

/** Sex as schools record it (DfE census: M, F); not known when a referral does not say. */
public enum Sex {
    FEMALE, MALE, NOT_KNOWN
}
