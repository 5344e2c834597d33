package org.rejoin.children;

import java.time.Instant;
import java.util.UUID;

/** Two records of one child made one: the merged record points at the survivor until the merge is undone. */
public record ChildMerge(UUID id, ChildSummary survivor, ChildSummary merged, Instant mergedAt, String mergedBy,
        String reason, Instant undoneAt, String undoneBy) {

    public boolean isActive() {
        return undoneAt == null;
    }
}
