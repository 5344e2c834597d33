package org.rejoin.rolls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.platform.BulkCopy;
import org.rejoin.rolls.Snapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roll snapshots and what each found ({@code roll_snapshot}, {@code roll_snapshot_item}): SQL only. */
@Repository
class JdbcSnapshotRows {

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    JdbcSnapshotRows(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Writes the snapshots and their items by COPY: an LA-wide file makes thousands of rows. */
    void insert(List<Snapshot> snapshots) {
        var snapshotRows = new ArrayList<Object[]>();
        var itemRows = new ArrayList<Object[]>();
        for (var s : snapshots) {
            snapshotRows.add(new Object[] {s.id(), s.establishmentId(), s.uploadedAt(), s.uploadedBy(), s.pupils(),
                    s.matched()});
            for (int i = 0; i < s.items().size(); i++) {
                var item = s.items().get(i);
                itemRows.add(new Object[] {s.id(), i, item.kind(), item.childId(), item.name(), item.detail()});
            }
        }
        bulk.copy("roll_snapshot", List.of("id", "establishment_id", "uploaded_at", "uploaded_by", "pupils", "matched"),
                snapshotRows);
        bulk.copy("roll_snapshot_item", List.of("snapshot_id", "position", "kind", "child_id", "name", "detail"), itemRows);
    }

    /** The establishment's last snapshot, with its items. */
    Optional<Snapshot> last(UUID establishmentId) {
        return jdbc.sql("select * from roll_snapshot where establishment_id = ? order by uploaded_at desc limit 1")
                .param(establishmentId)
                .query((rs, n) -> new Snapshot(rs.getObject("id", UUID.class), establishmentId,
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"), rs.getInt("pupils"),
                        rs.getInt("matched"), jdbc.sql("""
                                select kind, child_id, name, detail from roll_snapshot_item where snapshot_id = ?
                                order by position""").param(rs.getObject("id", UUID.class))
                                .query((i, m) -> new Snapshot.Item(i.getString(1), i.getObject(2, UUID.class), i.getString(3),
                                        i.getString(4))).list(), List.of()))
                .optional();
    }
}
