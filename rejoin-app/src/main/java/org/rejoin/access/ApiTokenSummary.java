package org.rejoin.access;

import java.time.Instant;
import java.util.UUID;

/** An API token without its secret: only the first characters are kept in clear, to recognise it. */
public record ApiTokenSummary(UUID id, UUID userId, String name, String prefix, Instant createdAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
