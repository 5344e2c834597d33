package org.rejoin.cme.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.rejoin.cme.CmeTargets.NewTargets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The LA's CME targets ({@code cme_targets}, one row at most): SQL and row mapping only. */
@Repository
class JdbcTargetRows {

    /** The row as stored. */
    record Row(NewTargets targets, Instant changedAt, String changedBy, long version) {
    }

    private final JdbcClient jdbc;

    JdbcTargetRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find() {
        return jdbc.sql("""
                select missing_threshold, locate_within, provision_determined_within, in_provision_within, changed_at,
                    changed_by, version from cme_targets""")
                .query((rs, n) -> new Row(new NewTargets(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getLong(7)))
                .optional();
    }

    /** Stores the targets if the row is still at {@code expectedVersion} (0 when none is stored); false if it moved on. */
    boolean save(NewTargets t, long expectedVersion, Instant at, String by) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    insert into cme_targets (missing_threshold, locate_within, provision_determined_within,
                        in_provision_within, changed_at, changed_by, version)
                    values (?, ?, ?, ?, ?, ?, 1) on conflict (id) do nothing""")
                    .params(t.missingThreshold(), t.locateWithin(), t.provisionDeterminedWithin(), t.inProvisionWithin(),
                            Timestamp.from(at), by)
                    .update() > 0;
        }
        return jdbc.sql("""
                update cme_targets set missing_threshold = ?, locate_within = ?, provision_determined_within = ?,
                    in_provision_within = ?, changed_at = ?, changed_by = ?, version = version + 1
                where version = ?""")
                .params(t.missingThreshold(), t.locateWithin(), t.provisionDeterminedWithin(), t.inProvisionWithin(),
                        Timestamp.from(at), by, expectedVersion)
                .update() > 0;
    }
}
