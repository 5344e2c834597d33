package org.rejoin.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceOverview.Raised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alert and month rows the attendance overview reads beyond the period figures: SQL and row mapping only. */
@Repository
class JdbcOverviewRows {

    /** The most alerts an establishment's page lists. */
    private static final int ALERTS_SHOWN = 100;

    private final JdbcClient jdbc;

    JdbcOverviewRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The alerts raised at an establishment since a moment, by child, newest first. */
    Map<UUID, List<Raised>> alertsSince(UUID establishmentId, Instant since) {
        var raised = new LinkedHashMap<UUID, List<Raised>>();
        jdbc.sql("""
                select child_id, kind, episode, raised_at from attendance_alert
                where establishment_id = ? and raised_at >= ? order by raised_at desc, episode desc limit ?""")
                .params(establishmentId, Timestamp.from(since), ALERTS_SHOWN)
                .query(rs -> {
                    raised.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Raised(
                            AlertKind.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class), rs.getTimestamp(4).toInstant()));
                });
        return raised;
    }

    /** The kinds of alert raised for these children at an establishment since a moment, each kind once. */
    Map<UUID, List<AlertKind>> alertKindsSince(UUID establishmentId, List<UUID> childIds, Instant since) {
        var kinds = new HashMap<UUID, List<AlertKind>>();
        if (childIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("""
                select distinct child_id, kind from attendance_alert
                where establishment_id = ? and child_id = any(?) and raised_at >= ? order by kind""")
                .params(establishmentId, childIds.toArray(UUID[]::new), Timestamp.from(since))
                .query(rs -> {
                    kinds.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(AlertKind.valueOf(rs.getString(2)));
                });
        return kinds;
    }

    /** The latest day marked for each pupil of an establishment, in the months from the one holding a day. */
    Map<UUID, LocalDate> lastMarkedSince(UUID establishmentId, LocalDate since) {
        var lastMarked = new HashMap<UUID, LocalDate>();
        jdbc.sql("select child_id, month, marks from attendance_month where establishment_id = ? and month >= ?")
                .params(establishmentId, since.withDayOfMonth(1))
                .query(rs -> {
                    LocalDate day = Submissions.lastMarked(rs.getObject(2, LocalDate.class), rs.getBytes(3));
                    if (day != null) {
                        lastMarked.merge(rs.getObject(1, UUID.class), day, (a, b) -> a.isAfter(b) ? a : b);
                    }
                });
        return lastMarked;
    }
}
