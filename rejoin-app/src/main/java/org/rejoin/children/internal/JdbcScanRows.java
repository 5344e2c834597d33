package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.children.RegisterScan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scans of the register and their progress ({@code register_scan}): SQL and row mapping only. */
@Repository
class JdbcScanRows {

    private final JdbcClient jdbc;

    JdbcScanRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a scan starting.
     *
     * @throws org.springframework.dao.DuplicateKeyException when one is already running (one at a time, by index)
     */
    void start(UUID id, Instant at, String by) {
        jdbc.sql("insert into register_scan (id, started_at, started_by, status) values (?, ?, ?, 'LOADING')")
                .params(id, Timestamp.from(at), by).update();
    }

    Optional<RegisterScan> latest() {
        return jdbc.sql("select * from register_scan order by started_at desc limit 1").query(JdbcScanRows::scan)
                .optional();
    }

    Optional<RegisterScan> find(UUID id) {
        return jdbc.sql("select * from register_scan where id = ?").param(id).query(JdbcScanRows::scan).optional();
    }

    void progress(UUID id, String status, int records, long compared, int found, int raised) {
        jdbc.sql("update register_scan set status = ?, records = ?, compared = ?, found = ?, raised = ? where id = ?")
                .params(status, records, compared, found, raised, id).update();
    }

    void done(UUID id, int records, long compared, int found, int raised, Instant at) {
        jdbc.sql("""
                update register_scan set status = 'DONE', records = ?, compared = ?, found = ?, raised = ?, finished_at = ?
                where id = ?""").params(records, compared, found, raised, Timestamp.from(at), id).update();
    }

    void failed(UUID id, String failure, Instant at) {
        jdbc.sql("update register_scan set status = 'FAILED', failure = ?, finished_at = ? where id = ?")
                .params(failure, Timestamp.from(at), id).update();
    }

    private static RegisterScan scan(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RegisterScan(rs.getObject("id", UUID.class), rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"), rs.getString("status"), rs.getInt("records"), rs.getLong("compared"),
                rs.getInt("found"), rs.getInt("raised"), finished == null ? null : finished.toInstant(),
                rs.getString("failure"));
    }
}
