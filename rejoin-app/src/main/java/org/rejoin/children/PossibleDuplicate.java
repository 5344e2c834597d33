package org.rejoin.children;

import java.util.List;

/** A child already in the register who may be the one being recorded, and why. */
public record PossibleDuplicate(ChildSummary child, List<String> reasons) {
}
