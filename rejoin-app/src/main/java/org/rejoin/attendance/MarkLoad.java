package org.rejoin.attendance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A load of marks, as recorded.
 *
 * @param id the load's id; null when every mark was set aside and nothing was recorded
 * @param marks marks written
 * @param changed of those, marks that replaced a different earlier mark (kept in the history)
 * @param pupils pupils whose marks were written
 * @param ignored marks not written because their day is not a school day at the establishment (a weekend, a holiday,
 *     a bank holiday or an INSET day): a register is not kept on such a day
 * @param notes why, for the first of the ignored marks, by row
 */
public record MarkLoad(UUID id, String route, int marks, int changed, int pupils, Instant loadedAt, String loadedBy,
        int ignored, List<String> notes) {

    public MarkLoad {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
