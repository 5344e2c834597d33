package org.rejoin.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.ExpectedAbsences.ExpectedAbsence;
import org.rejoin.attendance.ExpectedAbsences.NewExpectedAbsence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code expected_absence} table: SQL and row mapping only. */
@Repository
class JdbcExpectedAbsenceRows {

    private final JdbcClient jdbc;

    JdbcExpectedAbsenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID childId, NewExpectedAbsence a, Instant at, String by) {
        jdbc.sql("""
                insert into expected_absence (id, child_id, starts_on, ends_on, reason, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, childId, a.startsOn(), a.endsOn(), a.reason().trim(), Timestamp.from(at), by)
                .update();
    }

    /** These records' expected absences (a child and those merged into them), latest first. */
    List<ExpectedAbsence> forChildren(Collection<UUID> records) {
        return jdbc.sql("select * from expected_absence where child_id = any(?) order by starts_on desc, recorded_at desc")
                .param(records.toArray(UUID[]::new)).query(JdbcExpectedAbsenceRows::absence).list();
    }

    /** Expected absences not over by {@code on}, of these children or all, by child. */
    Map<UUID, List<ExpectedAbsence>> stillToCome(Collection<UUID> only, LocalDate on) {
        var byChild = new HashMap<UUID, List<ExpectedAbsence>>();
        (only == null ? jdbc.sql("select * from expected_absence where ends_on >= ?").param(on)
                : jdbc.sql("select * from expected_absence where ends_on >= ? and child_id = any(?)")
                        .params(on, only.toArray(UUID[]::new)))
                .query(JdbcExpectedAbsenceRows::absence).list()
                .forEach(a -> byChild.computeIfAbsent(a.childId(), k -> new java.util.ArrayList<>()).add(a));
        return byChild;
    }

    private static ExpectedAbsence absence(ResultSet rs, int row) throws SQLException {
        return new ExpectedAbsence(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("reason"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
