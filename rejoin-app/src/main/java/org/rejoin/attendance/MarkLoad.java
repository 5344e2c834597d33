package org.rejoin.attendance;

import java.time.Instant;
import java.util.UUID;

/**
 * A load of marks, as recorded.
 *
 * @param marks marks written
 * @param changed of those, marks that replaced a different earlier mark (kept in the history)
 * @param pupils pupils whose marks were written
 */
public record MarkLoad(UUID id, String route, int marks, int changed, int pupils, Instant loadedAt, String loadedBy) {
}
