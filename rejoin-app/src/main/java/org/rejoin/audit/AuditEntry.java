package org.rejoin.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One audited action as it was recorded. */
public record AuditEntry(long id, Instant occurredAt, UUID actorUserId, String actorUsername,
        String actorOrganisationName, Channel channel, AuditAction action, boolean denied, UUID childId,
        String subject, List<FieldChange> changes) {
}
