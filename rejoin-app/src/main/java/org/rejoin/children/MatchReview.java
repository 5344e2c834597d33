package org.rejoin.children;

import java.time.Instant;
import java.util.UUID;

import org.rejoin.linkage.Explanation;

/** A pair of records in the match review queue, open or decided. */
public record MatchReview(UUID id, ChildSummary child, ChildSummary candidate, Explanation explanation, String source,
        Instant raisedAt, String raisedBy, MatchDecision decision, Instant decidedAt, String decidedBy, String reason) {

    public boolean isOpen() {
        return decision == null;
    }
}
