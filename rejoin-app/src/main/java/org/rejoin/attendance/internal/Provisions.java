package org.rejoin.attendance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads, in a handful of queries, everything the alerts and the hours are worked out from for a
 * period: the enrolments (of some children, or of every child), each establishment's school days and
 * session times, the month rows of marks, and the part-time timetables. The alert scan and a child's
 * hours read the same way, so they never disagree.
 */
@Component
class Provisions {

    static final String TIMETABLE_SELECT = """
            select t.id, t.child_id, t.establishment_id, o.name as establishment_name, t.starts_on, t.planned_end_on,
                t.review_on, t.reason, t.sessions, t.ended_on, t.recorded_at, t.recorded_by, t.version
            from part_time_timetable t join organisation o on o.id = t.establishment_id""";

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;

    Provisions(JdbcClient jdbc, Registrations registrations, Organisations organisations, SchoolCalendar calendar,
            AttendanceProperties properties) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.organisations = organisations;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** What was read for a period. */
    record Loaded(List<Enrolment> enrolments, Map<UUID, Establishment> establishments, Map<UUID, List<LocalDate>> schoolDays,
            Map<UUID, java.util.Set<LocalDate>> schoolDaySets, Map<String, Map<LocalDate, byte[]>> marks, Map<UUID, SessionTimes> sessionTimes,
            Map<UUID, List<PartTimeTimetable>> timetables) {

        /** An enrolment's month rows. */
        Map<LocalDate, byte[]> marks(Enrolment e) {
            return marks.getOrDefault(e.childId().toString() + e.establishmentId(), Map.of());
        }

        /** A child's enrolments as the hours see them. */
        List<HoursRules.Provision> provisions(Collection<Enrolment> childEnrolments) {
            var result = new ArrayList<HoursRules.Provision>();
            for (var e : childEnrolments) {
                var days = schoolDaySets.getOrDefault(e.establishmentId(), java.util.Set.of());
                result.add(new HoursRules.Provision(e.establishmentId(), e.startsOn(), e.endsOn(),
                        sessionTimes.get(e.establishmentId()), days::contains, marks(e),
                        timetables.getOrDefault(e.childId(), List.of())));
            }
            return result;
        }
    }

    /**
     * @param only the children to read, or null for every child on any roll in the period
     * @param to the last day, normally today
     */
    Loaded load(Collection<UUID> only, LocalDate from, LocalDate to) {
        // Some children's enrolments wherever they are, or every enrolment at every establishment with pupils.
        var enrolments = only != null ? registrations.enrolmentsOf(only, from, to)
                : registrations.enrolments(registrations.establishmentsWithPupils(from, to, null), from, to);
        var establishments = new HashMap<UUID, Establishment>();
        enrolments.stream().map(Enrolment::establishmentId).distinct()
                .forEach(id -> organisations.establishment(id).ifPresent(e -> establishments.put(id, e)));
        enrolments = enrolments.stream().filter(e -> establishments.containsKey(e.establishmentId())).toList();
        // Each establishment's school days in the period, once.
        var schoolDays = new HashMap<UUID, List<LocalDate>>();
        for (var id : establishments.keySet()) {
            try {
                var days = calendar.forEstablishment(id);
                schoolDays.put(id, from.datesUntil(to.plusDays(1)).filter(days::isSchoolDay).toList());
            }
            catch (CalendarNotDefinedException e) {
                schoolDays.put(id, List.of());
            }
        }
        var sets = new HashMap<UUID, java.util.Set<LocalDate>>();
        schoolDays.forEach((id, days) -> sets.put(id, new HashSet<>(days)));
        var times = sessionTimes(establishments.keySet());
        return new Loaded(enrolments, establishments, schoolDays, sets, marks(only, from, to), times,
                timetables(only, from, to));
    }

    /** Each establishment's session times, the LA's default where it has none. */
    Map<UUID, SessionTimes> sessionTimes(Collection<UUID> establishmentIds) {
        var times = new HashMap<UUID, SessionTimes>();
        var fallback = properties.defaultSessionTimes();
        establishmentIds.forEach(id -> times.put(id, fallback));
        jdbc.sql("select establishment_id, am_starts, am_ends, pm_starts, pm_ends from session_times where establishment_id = any(?)")
                .param(establishmentIds.toArray(UUID[]::new))
                .query(rs -> {
                    times.put(rs.getObject(1, UUID.class), new SessionTimes(rs.getObject(2, java.time.LocalTime.class),
                            rs.getObject(3, java.time.LocalTime.class), rs.getObject(4, java.time.LocalTime.class),
                            rs.getObject(5, java.time.LocalTime.class)));
                });
        return times;
    }

    /** Month rows by child and establishment, then by month. */
    private Map<String, Map<LocalDate, byte[]>> marks(Collection<UUID> only, LocalDate from, LocalDate to) {
        var marks = new HashMap<String, Map<LocalDate, byte[]>>();
        var sql = "select child_id, establishment_id, month, marks from attendance_month where month between ? and ?"
                + (only == null ? "" : " and child_id = any(?)");
        var query = jdbc.sql(sql).param(from.withDayOfMonth(1)).param(to);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        query.query(rs -> {
            marks.computeIfAbsent(rs.getString(1) + rs.getString(2), k -> new HashMap<>())
                    .put(rs.getObject(3, LocalDate.class), rs.getBytes(4));
        });
        return marks;
    }

    /** The timetables in force at some time in the period, and any still running, by child. */
    private Map<UUID, List<PartTimeTimetable>> timetables(Collection<UUID> only, LocalDate from, LocalDate to) {
        var sql = TIMETABLE_SELECT + " where t.starts_on <= ? and (t.ended_on is null or t.ended_on > ?)"
                + (only == null ? "" : " and t.child_id = any(?)") + " order by t.starts_on desc";
        var query = jdbc.sql(sql).param(to).param(from);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        var result = new HashMap<UUID, List<PartTimeTimetable>>();
        query.query(Provisions::timetable).list().forEach(t -> result.computeIfAbsent(t.childId(), k -> new ArrayList<>()).add(t));
        return result;
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
