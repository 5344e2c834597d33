package org.rejoin.audit;

import java.util.List;
import java.util.UUID;

/** Writes and reads the audit trail. There is deliberately no way to change or remove an entry. */
public interface AuditLog {

    /** Records an action that happened, in the caller's transaction: if the work rolls back, so does this. */
    void record(AuditActor actor, AuditAction action, UUID childId, String subject, List<FieldChange> changes);

    default void record(AuditActor actor, AuditAction action, UUID childId) {
        record(actor, action, childId, null, List.of());
    }

    /**
     * Records the same action on many children at once (a bulk load, a day's marks): one entry naming them all,
     * found by each child's trail (ADR 16).
     */
    void recordAll(AuditActor actor, AuditAction action, List<UUID> childIds, String subject);

    /** Records a refused attempt in a transaction of its own, so the refusal is kept when the caller's work fails. */
    void recordDenied(AuditActor actor, AuditAction action, UUID childId, String subject);

    /** Everything done to or with one child's record, newest first. */
    List<AuditEntry> forChild(UUID childId, int limit);

    /** The children a user most recently viewed, newest first, each once. */
    List<UUID> childrenRecentlyViewedBy(UUID userId, int limit);

    /** The latest entries of all kinds, newest first. */
    List<AuditEntry> latest(int limit);
}
