package org.rejoin.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Records which organisations a child is connected to and when, so that their users can see the
 * child: a school sees children registered with it now or in the last 12 months (configurable in
 * {@code rejoin.children.connection-grace-period}). Fed by the modules that own the connection
 * (a registration in rolls), keyed by that module's own id, in that module's transaction.
 */
public interface ChildConnections {

    /** Adds the connection, or updates it when {@code sourceId} is already known. */
    void connect(UUID sourceId, UUID childId, UUID organisationId, ConnectionSource source, LocalDate startsOn,
            LocalDate endsOn);
}
