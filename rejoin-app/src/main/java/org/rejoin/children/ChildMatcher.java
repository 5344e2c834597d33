package org.rejoin.children;

import java.util.List;

import org.rejoin.access.RejoinUser;

/**
 * Incremental matching (docs/architecture.md, "Matching"; ADR 10): the children in the register who may be the child
 * described, strongest first, each with the engine's explanation. For LA staff only.
 */
public interface ChildMatcher {

    List<PossibleDuplicate> candidates(ChildDetails details, RejoinUser user);

    /**
     * Batch mode: each record of a whole file (a roll snapshot, a CTF) against the whole register in
     * one pass of the engine. For each record, in order: the child it certainly is (an automatic
     * match held by no other record), or null, with the children it may be.
     */
    List<BatchMatch> matchAll(List<ChildDetails> records, RejoinUser user);

    /** One record's result: {@code child} when certain, else null; {@code possible} in the review band. */
    record BatchMatch(java.util.UUID child, List<java.util.UUID> possible) {
    }
}
