package org.rejoin.access;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as administrators see them. */
public record UserSummary(UUID id, String username, String displayName, String email, UUID organisationId,
        String organisationName, Set<Role> roles, boolean enabled, Instant lockedUntil, int failedSignIns,
        Instant createdAt, Instant passwordChangedAt) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
