package org.rejoin.attendance.internal;

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
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.stereotype.Component;

/**
 * Reads, in a handful of queries, everything the alerts and the hours are worked out from for a
 * period: the enrolments (of some children, or of every child), each establishment's school days and
 * session times, the month rows of marks, and the part-time timetables. The alert scan and a child's
 * hours read the same way, so they never disagree.
 */
@Component
class Provisions {

    private final JdbcMonthRows monthRows;
    private final JdbcTimetableRows timetableRows;
    private final Registrations registrations;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;

    Provisions(JdbcMonthRows monthRows, JdbcTimetableRows timetableRows, Registrations registrations, Organisations organisations, SchoolCalendar calendar,
            AttendanceProperties properties) {
        this.monthRows = monthRows;
        this.timetableRows = timetableRows;
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
        // Each establishment's school days in the period, once. An academic year without term dates has
        // none: the years that have them still count (a first year of use has no term dates for the last).
        var schoolDays = new HashMap<UUID, List<LocalDate>>();
        for (var id : establishments.keySet()) {
            var days = calendar.forEstablishment(id);
            var list = new ArrayList<LocalDate>();
            for (var year = AcademicYear.of(from); !year.firstDay().isAfter(to); year = year.next()) {
                LocalDate start = from.isAfter(year.firstDay()) ? from : year.firstDay();
                LocalDate end = to.isBefore(year.lastDay()) ? to : year.lastDay();
                try {
                    list.addAll(start.datesUntil(end.plusDays(1)).filter(days::isSchoolDay).toList());
                }
                catch (CalendarNotDefinedException e) {
                    // No term dates for this year: no school days in it.
                }
            }
            schoolDays.put(id, list);
        }
        var sets = new HashMap<UUID, java.util.Set<LocalDate>>();
        schoolDays.forEach((id, days) -> sets.put(id, new HashSet<>(days)));
        var times = sessionTimes(establishments.keySet());
        return new Loaded(enrolments, establishments, schoolDays, sets, monthRows.rowsOf(only, from, to), times,
                timetables(only, from, to));
    }

    /** Each establishment's session times, the LA's default where it has none. */
    Map<UUID, SessionTimes> sessionTimes(Collection<UUID> establishmentIds) {
        var times = new HashMap<UUID, SessionTimes>();
        var fallback = properties.defaultSessionTimes();
        establishmentIds.forEach(id -> times.put(id, fallback));
        times.putAll(timetableRows.sessionTimes(establishmentIds));
        return times;
    }

    /** The timetables in force at some time in the period, and any still running, by child. */
    private Map<UUID, List<PartTimeTimetable>> timetables(Collection<UUID> only, LocalDate from, LocalDate to) {
        var result = new HashMap<UUID, List<PartTimeTimetable>>();
        timetableRows.inForce(only, from, to).forEach(t -> result.computeIfAbsent(t.childId(), k -> new ArrayList<>()).add(t));
        return result;
    }
}
