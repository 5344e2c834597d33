/**
 * Audit: the append-only record of who saw and changed what, when, from where and with what
 * outcome. Every read and change of a child's record is written here in the same transaction
 * as the work itself; a refused attempt is written in a transaction of its own so that the
 * refusal survives. Rows cannot be changed or deleted (a database trigger refuses it).
 * <p>Publishes no events and listens to none; other modules call {@link org.rejoin.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.rejoin.audit;
