package org.rejoin.children;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Merges records of one child (ADR 11): the merged record is kept, hidden from searches and
 * pointing at the survivor, whose page then shows what both records hold; a merge can be undone.
 * Merging is for LA staff, every merge and undo is audited on both records.
 */
public interface ChildMerges {

    /**
     * Merges one record into another on a person's decision (unlike automatic clustering, a person
     * may merge records whose UPNs or dates of birth differ: they have checked).
     *
     * @throws org.rejoin.platform.InvalidInputException without a reason, or for a record already merged
     */
    ChildMerge merge(UUID survivorId, UUID mergedId, String reason, RejoinUser user);

    ChildMerge undo(UUID mergeId, RejoinUser user);

    /** The merges a record took part in, either side, newest first. */
    List<ChildMerge> of(UUID childId, RejoinUser user);

    /** The record and every record merged into it now: where other modules look for the child's data. */
    List<UUID> recordsOf(UUID childId);
}
