package org.rejoin.attendance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceMarks.Alert;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The attendance alerts raised ({@code attendance_alert}): SQL and row mapping only. */
@Repository
class JdbcAlertRows {

    /** An alert to record, under the id it takes if it is new for its episode. */
    record NewAlert(UUID id, AlertKind kind, UUID childId, UUID establishmentId, LocalDate episode, String evidence) {
    }

    private final JdbcClient jdbc;

    JdbcAlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The episodes of the alerts of one kind raised from {@code from}, by child, of some children or all. */
    java.util.Map<UUID, List<LocalDate>> episodes(AlertKind kind, Collection<UUID> only, LocalDate from) {
        var episodes = new java.util.HashMap<UUID, List<LocalDate>>();
        var query = jdbc.sql("select child_id, episode from attendance_alert where kind = ? and episode >= ?"
                + (only == null ? "" : " and child_id = any(?)")).param(kind.name()).param(from);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        query.query(rs -> {
            episodes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                    .add(rs.getObject(2, LocalDate.class));
        });
        return episodes;
    }

    /**
     * Records each alert once for its episode, in one statement: the morning scan finds every
     * standing alert again, thousands of them. Returns the ids of those recorded now.
     */
    Set<UUID> insertNew(List<NewAlert> alerts, Instant at) {
        return jdbc.sql("""
                insert into attendance_alert (id, kind, child_id, establishment_id, episode, evidence, raised_at)
                select f.*, ? from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::date[], ?::text[]) f
                on conflict (kind, child_id, establishment_id, episode) do nothing returning id""")
                .param(Timestamp.from(at))
                .param(alerts.stream().map(NewAlert::id).toArray(UUID[]::new))
                .param(alerts.stream().map(a -> a.kind().name()).toArray(String[]::new))
                .param(alerts.stream().map(NewAlert::childId).toArray(UUID[]::new))
                .param(alerts.stream().map(NewAlert::establishmentId).toArray(UUID[]::new))
                .param(alerts.stream().map(a -> Date.valueOf(a.episode())).toArray(Date[]::new))
                .param(alerts.stream().map(NewAlert::evidence).toArray(String[]::new))
                .query(UUID.class).set();
    }

    /** The alerts of these records, newest first, each naming its establishment (docs/architecture.md, sanctioned reads). */
    List<Alert> alerts(Collection<UUID> records) {
        return jdbc.sql("""
                select a.kind, a.establishment_id, o.name, a.episode, a.evidence, a.raised_at
                from attendance_alert a join organisation o on o.id = a.establishment_id
                where a.child_id = any(?) order by a.raised_at desc, a.episode desc""")
                .param(records.toArray(UUID[]::new))
                .query((rs, n) -> new Alert(AlertKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }
}
