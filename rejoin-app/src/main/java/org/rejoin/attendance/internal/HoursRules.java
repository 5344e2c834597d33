package org.rejoin.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.Session;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.attendance.WeekHours;

/**
 * Hours of education week by week across a child's concurrent provision (ADR 15): a pure
 * function of each enrolment's school days, session times, marks and part-time timetables.
 *
 * <p>A session is offered by an establishment when it falls on one of its school days while the child
 * is on its roll, the child's part-time timetable there (if any) includes it, and its mark does not
 * say education was not offered ({@link AttendanceCode#offersEducation()}); an unmarked session is
 * taken as offered. It is attended when its mark is present or educated off site. A child in two
 * places in the same session (a school marks {@code D} or {@code K} while the AP marks present)
 * is counted once, at the longer of the two sessions, so dual registration never doubles hours.
 */
final class HoursRules {

    private HoursRules() {
    }

    /** One enrolment as the hours see it. {@code marks} are its month rows (ADR 14) by first of the month. */
    record Provision(UUID establishmentId, LocalDate startsOn, LocalDate endsOn, SessionTimes times,
            java.util.function.Predicate<LocalDate> schoolDay, Map<LocalDate, byte[]> marks,
            List<PartTimeTimetable> timetables) {

        boolean covers(LocalDate date) {
            return !startsOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
        }

        AttendanceCode code(LocalDate date, Session session) {
            byte[] month = marks.get(date.withDayOfMonth(1));
            return month == null ? null : AttendanceCode.ofId(month[MonthMarks.offset(date, session)]);
        }

        boolean timetabled(LocalDate date, Session session) {
            for (var t : timetables) {
                if (t.establishmentId().equals(establishmentId) && t.inForceOn(date)) {
                    return t.attends(date.getDayOfWeek(), session);
                }
            }
            return true;
        }
    }

    /** The weeks from the one holding {@code from} to the one holding {@code to}, oldest first; days after {@code to} are not counted. */
    static List<WeekHours> weeks(List<Provision> provisions, LocalDate from, LocalDate to, double minimumWeeklyHours) {
        var weeks = new ArrayList<WeekHours>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            weeks.add(week(provisions, monday, from, to, minimumWeeklyHours));
        }
        return weeks;
    }

    /**
     * The present run of short weeks from {@code from} to {@code to}, as {@link #shortRun(List)} finds it, working
     * weeks out newest first and only until the run ends: for most children, one week.
     */
    static Run shortRun(List<Provision> provisions, LocalDate from, LocalDate to, double minimumWeeklyHours) {
        var newestFirst = new ArrayList<WeekHours>();
        LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = to.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isBefore(first);
                monday = monday.minusWeeks(1)) {
            var week = week(provisions, monday, from, to, minimumWeeklyHours);
            newestFirst.add(week);
            if (week.schoolDays() > 0 && !week.isShort()) {
                break;
            }
        }
        java.util.Collections.reverse(newestFirst);
        return shortRun(newestFirst);
    }

    /** The week starting {@code monday}, counting only its days from {@code from} to {@code to}. */
    private static WeekHours week(List<Provision> provisions, LocalDate monday, LocalDate from, LocalDate to,
            double minimumWeeklyHours) {
        int schoolDays = 0;
        double offered = 0;
        double attended = 0;
        for (int d = 0; d < 5; d++) {
            LocalDate date = monday.plusDays(d);
            if (date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            boolean open = false;
            for (var session : Session.values()) {
                double offeredHere = 0;
                double attendedHere = 0;
                for (var p : provisions) {
                    if (!p.covers(date) || !p.schoolDay().test(date)) {
                        continue;
                    }
                    open = true;
                    var code = p.code(date, session);
                    if (!p.timetabled(date, session) || code != null && !code.offersEducation()) {
                        continue;
                    }
                    double hours = p.times().hours(session);
                    offeredHere = Math.max(offeredHere, hours);
                    if (code != null && code.category().isPresence()) {
                        attendedHere = Math.max(attendedHere, hours);
                    }
                }
                offered += offeredHere;
                attended += attendedHere;
            }
            schoolDays += open ? 1 : 0;
        }
        return new WeekHours(monday, schoolDays, offered, attended, minimumWeeklyHours * schoolDays / 5);
    }

    /** The present run of short weeks, newest week last in {@code weeks}: weeks with no school days neither count nor break it. */
    record Run(LocalDate since, int weeks, WeekHours latest) {
    }

    static Run shortRun(List<WeekHours> weeks) {
        WeekHours latest = null;
        LocalDate since = null;
        int count = 0;
        for (int i = weeks.size() - 1; i >= 0; i--) {
            var w = weeks.get(i);
            if (w.schoolDays() == 0) {
                continue;
            }
            if (!w.isShort()) {
                break;
            }
            latest = latest == null ? w : latest;
            since = w.monday();
            count++;
        }
        return latest == null ? null : new Run(since, count, latest);
    }
}
