package org.rejoin.children;

/** What a person decided about a pair in the match review queue. */
public enum MatchDecision {
    /** The two records are one child. */
    SAME_CHILD,
    /** They are two children; the pair is never raised again as a duplicate. */
    DIFFERENT_CHILDREN
}
