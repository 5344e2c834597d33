package org.rejoin.rolls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rejoin.organisations.ImportReport.RowReject;

/**
 * A roll snapshot reconciled against the roll Rejoin holds.
 *
 * @param pupils rows read
 * @param matched rows that are a pupil Rejoin has on this roll
 * @param items what needs action: pupils Rejoin does not have on the roll, pupils missing from the snapshot, changed details
 * @param rejects rows that could not be read
 */
public record Snapshot(UUID id, UUID establishmentId, Instant uploadedAt, String uploadedBy, int pupils, int matched,
        List<Item> items, List<RowReject> rejects) {

    /**
     * @param kind {@code NEW}, {@code MISSING} or {@code CHANGED}
     */
    public record Item(String kind, UUID childId, String name, String detail) {
    }

    public long count(String kind) {
        return items.stream().filter(i -> i.kind().equals(kind)).count();
    }
}
