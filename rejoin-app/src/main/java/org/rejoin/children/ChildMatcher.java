package org.rejoin.children;

import java.util.List;

import org.rejoin.access.RejoinUser;

/**
 * Incremental matching (LINKAGE.md): the children in the register who may be the child
 * described, strongest first, each with the engine's explanation. For LA staff only.
 */
public interface ChildMatcher {

    List<PossibleDuplicate> candidates(ChildDetails details, RejoinUser user);
}
