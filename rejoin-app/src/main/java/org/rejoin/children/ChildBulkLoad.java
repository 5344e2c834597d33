package org.rejoin.children;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Adds many children at once with PostgreSQL COPY: for generated populations (the demo LA,
 * benchmarks). Every record is checked against the same rules as {@link ChildRegister#create},
 * but not against the register for duplicates; each child gets its own audit entry.
 */
public interface ChildBulkLoad {

    /** Adds the children in one transaction; returns their ids in the same order. */
    List<UUID> load(List<ChildDetails> children, RejoinUser by);

    /** Connects many children to organisations at once (see {@link ChildConnections#connect}). */
    void connectAll(List<Connection> connections);

    /** One connection to add. */
    record Connection(UUID sourceId, UUID childId, UUID organisationId, ConnectionSource source,
            LocalDate startsOn, LocalDate endsOn) {
    }
}
