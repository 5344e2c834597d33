package org.rejoin.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.attendance.ShortHours;
import org.rejoin.platform.BulkCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Session times, part-time timetables and the children short of the weekly minimum
 * ({@code session_times}, {@code part_time_timetable}, {@code short_hours}): SQL and row mapping only.
 */
@Repository
class JdbcTimetableRows {

    private static final String TIMETABLE_SELECT = """
            select t.id, t.child_id, t.establishment_id, o.name as establishment_name, t.starts_on, t.planned_end_on,
                t.review_on, t.reason, t.sessions, t.ended_on, t.recorded_at, t.recorded_by, t.version
            from part_time_timetable t join organisation o on o.id = t.establishment_id""";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    JdbcTimetableRows(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void setSessionTimes(UUID establishmentId, SessionTimes times, Instant at, String by) {
        jdbc.sql("""
                insert into session_times (establishment_id, am_starts, am_ends, pm_starts, pm_ends, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (establishment_id) do update set am_starts = excluded.am_starts, am_ends = excluded.am_ends,
                    pm_starts = excluded.pm_starts, pm_ends = excluded.pm_ends, changed_at = excluded.changed_at,
                    changed_by = excluded.changed_by""")
                .params(establishmentId, times.amStarts(), times.amEnds(), times.pmStarts(), times.pmEnds(),
                        Timestamp.from(at), by)
                .update();
    }

    Optional<PartTimeTimetable> find(UUID id) {
        return jdbc.sql(TIMETABLE_SELECT + " where t.id = ?").param(id).query(JdbcTimetableRows::timetable).optional();
    }

    /** Every timetable of these records (a child and those merged into them), newest first. */
    List<PartTimeTimetable> forChildren(Collection<UUID> records) {
        return jdbc.sql(TIMETABLE_SELECT + " where t.child_id = any(?) order by t.starts_on desc")
                .param(records.toArray(UUID[]::new)).query(JdbcTimetableRows::timetable).list();
    }

    /** The timetables still running, at one establishment or (null) anywhere, the review soonest first. */
    List<PartTimeTimetable> running(UUID establishmentId) {
        return (establishmentId == null
                ? jdbc.sql(TIMETABLE_SELECT + " where t.ended_on is null order by t.review_on")
                : jdbc.sql(TIMETABLE_SELECT + " where t.ended_on is null and t.establishment_id = ? order by t.review_on")
                        .param(establishmentId))
                .query(JdbcTimetableRows::timetable).list();
    }

    boolean isRunning(UUID childId, UUID establishmentId) {
        return jdbc.sql("""
                select count(*) from part_time_timetable where child_id = ? and establishment_id = ? and ended_on is null""")
                .params(childId, establishmentId).query(Integer.class).single() > 0;
    }

    void insert(UUID id, NewTimetable t, Instant at, String by) {
        jdbc.sql("""
                insert into part_time_timetable (id, child_id, establishment_id, starts_on, planned_end_on, review_on, reason,
                    sessions, recorded_at, recorded_by, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, t.childId(), t.establishmentId(), t.startsOn(), t.plannedEndOn(), t.reviewOn(), t.reason().strip(),
                        t.sessions(), Timestamp.from(at), by)
                .update();
    }

    void review(UUID id, LocalDate reviewOn, LocalDate plannedEndOn) {
        jdbc.sql("update part_time_timetable set review_on = ?, planned_end_on = ?, version = version + 1 where id = ?")
                .params(reviewOn, plannedEndOn, id).update();
    }

    void end(UUID id, LocalDate endedOn) {
        jdbc.sql("update part_time_timetable set ended_on = ?, version = version + 1 where id = ?").params(endedOn, id)
                .update();
    }

    /** The children short of the weekly minimum, longest first, without their names. */
    List<ShortHours> shortHours() {
        return jdbc.sql("select child_id, since, weeks, week_of, offered, attended from short_hours order by weeks desc, since")
                .query((rs, n) -> new ShortHours(rs.getObject(1, UUID.class), null, rs.getObject(2, LocalDate.class), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getDouble(5), rs.getDouble(6)))
                .list();
    }

    /** The session times of those of these establishments that have their own. */
    Map<UUID, SessionTimes> sessionTimes(Collection<UUID> establishmentIds) {
        var times = new HashMap<UUID, SessionTimes>();
        jdbc.sql("select establishment_id, am_starts, am_ends, pm_starts, pm_ends from session_times where establishment_id = any(?)")
                .param(establishmentIds.toArray(UUID[]::new))
                .query(rs -> {
                    times.put(rs.getObject(1, UUID.class), new SessionTimes(rs.getObject(2, LocalTime.class),
                            rs.getObject(3, LocalTime.class), rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class)));
                });
        return times;
    }

    /** The timetables in force at some time in the period, and any still running, of some children or all, newest first. */
    List<PartTimeTimetable> inForce(Collection<UUID> only, LocalDate from, LocalDate to) {
        var sql = TIMETABLE_SELECT + " where t.starts_on <= ? and (t.ended_on is null or t.ended_on > ?)"
                + (only == null ? "" : " and t.child_id = any(?)") + " order by t.starts_on desc";
        var query = jdbc.sql(sql).param(to).param(from);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        return query.query(JdbcTimetableRows::timetable).list();
    }

    /** Replaces what the last scan found short for these children (or for every child when null). */
    void replaceShortHours(Collection<UUID> only, List<Object[]> rows) {
        if (only == null) {
            jdbc.sql("delete from short_hours").update();
        }
        else {
            jdbc.sql("delete from short_hours where child_id = any(?)").param(only.toArray(UUID[]::new)).update();
        }
        bulk.copy("short_hours", List.of("child_id", "since", "weeks", "week_of", "offered", "attended", "computed_at"), rows);
    }

    static PartTimeTimetable timetable(ResultSet rs, int row) throws SQLException {
        return new PartTimeTimetable(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getString("establishment_name"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("planned_end_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), rs.getString("reason"), rs.getInt("sessions"),
                rs.getObject("ended_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"), rs.getLong("version"));
    }
}
