package org.rejoin.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.attendance.ShortHours;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Session times, part-time timetables and the children short of the weekly minimum
 * ({@code session_times}, {@code part_time_timetable}, {@code short_hours}): SQL and row mapping only.
 */
@Repository
class JdbcTimetableRows {

    private final JdbcClient jdbc;

    JdbcTimetableRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql(Provisions.TIMETABLE_SELECT + " where t.id = ?").param(id).query(Provisions::timetable).optional();
    }

    /** Every timetable of these records (a child and those merged into them), newest first. */
    List<PartTimeTimetable> forChildren(Collection<UUID> records) {
        return jdbc.sql(Provisions.TIMETABLE_SELECT + " where t.child_id = any(?) order by t.starts_on desc")
                .param(records.toArray(UUID[]::new)).query(Provisions::timetable).list();
    }

    /** The timetables still running, at one establishment or (null) anywhere, the review soonest first. */
    List<PartTimeTimetable> running(UUID establishmentId) {
        return (establishmentId == null
                ? jdbc.sql(Provisions.TIMETABLE_SELECT + " where t.ended_on is null order by t.review_on")
                : jdbc.sql(Provisions.TIMETABLE_SELECT + " where t.ended_on is null and t.establishment_id = ? order by t.review_on")
                        .param(establishmentId))
                .query(Provisions::timetable).list();
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
}
