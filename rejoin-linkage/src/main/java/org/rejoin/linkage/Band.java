package org.rejoin.linkage;

/** What a scored pair means for a caseworker. */
public enum Band {
    /** The same child, linked without review. */
    MATCH,
    /** Perhaps the same child: a person decides. */
    REVIEW,
    /** Not the same child. */
    NON_MATCH
}
