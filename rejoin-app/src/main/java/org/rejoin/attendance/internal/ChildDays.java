package org.rejoin.attendance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.rolls.Registrations.Enrolment;

/**
 * A child's school days across all their schools, in date order (docs/rules/attendance.md): the
 * absence return, the illness count and the penalty window follow the child, not the roll they
 * happen to be on, so a change of school or a dual registration neither breaks nor doubles them.
 */
final class ChildDays {

    private ChildDays() {
    }

    /**
     * One day for each date that is a school day at any of the child's schools, each session taking
     * the mark that says most: a mark over none, any mark over {@code D} (attending the other school,
     * whose own mark is the one that counts). Two schools that both mark a session differently (rare,
     * and a data error) resolve to the mark most favourable to the family, so that no penalty prompt
     * rests on a contradiction: present, then off site, authorised, not possible, unauthorised.
     */
    static List<AlertRules.Day> merge(List<? extends List<AlertRules.Day>> enrolments) {
        if (enrolments.size() == 1) {
            // Most children have one school: its days are already one a date, in order.
            return enrolments.get(0);
        }
        var byDate = new TreeMap<LocalDate, AlertRules.Day>();
        for (var days : enrolments) {
            for (var d : days) {
                byDate.merge(d.date(), d, ChildDays::combine);
            }
        }
        return new ArrayList<>(byDate.values());
    }

    private static AlertRules.Day combine(AlertRules.Day a, AlertRules.Day b) {
        var am = better(a.am(), b.am());
        var pm = better(a.pm(), b.pm());
        // The day belongs to the school whose mark it took, the morning's first.
        var at = am != null ? (am == a.am() ? a : b) : pm == a.pm() ? a : b;
        return new AlertRules.Day(a.date(), am, pm, at.establishmentId(), false);
    }

    private static AttendanceCode better(AttendanceCode a, AttendanceCode b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(AttendanceCode code) {
        if (code == null) {
            return 0;
        }
        if (code == AttendanceCode.DUAL_REGISTERED) {
            return 1;
        }
        return switch (code.category()) {
            case UNAUTHORISED -> 2;
            case NOT_POSSIBLE -> 3;
            case AUTHORISED -> 4;
            case PRESENT_OFF_SITE -> 5;
            case PRESENT -> 6;
        };
    }

    /**
     * The days with those that follow a spell on no roll marked ({@link AlertRules.Day#followingGap}): a
     * weekday between two of the child's school days on which no enrolment of theirs was open.
     */
    static List<AlertRules.Day> markGaps(List<AlertRules.Day> days, List<Enrolment> enrolments) {
        if (enrolments.size() < 2) {
            return days;
        }
        var marked = new ArrayList<AlertRules.Day>(days.size());
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i);
            if (i > 0 && offRollBetween(days.get(i - 1).date(), day.date(), enrolments)) {
                day = day.followingGap();
            }
            marked.add(day);
        }
        return marked;
    }

    private static boolean offRollBetween(LocalDate after, LocalDate before, List<Enrolment> enrolments) {
        for (var d = after.plusDays(1); d.isBefore(before); d = d.plusDays(1)) {
            var date = d;
            if (d.getDayOfWeek().getValue() <= 5 && enrolments.stream().noneMatch(e -> e.covers(date))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each day's school week, numbered 0, 1, 2 ... in order: a school week is a Monday-to-Sunday week
     * with at least one school session, however few (the penalty notice framework: a short week counts
     * as a whole week); weeks with none (holidays) are not counted, but every week of a spell on no
     * roll between two schools is: those weeks the schools were open.
     */
    static int[] schoolWeeks(List<AlertRules.Day> days, List<LocalDate> mondays) {
        int[] weeks = new int[days.size()];
        int week = 0;
        for (int i = 0; i < days.size(); i++) {
            var m = monday(days.get(i).date());
            while (!mondays.get(week).equals(m)) {
                week++;
            }
            weeks[i] = week;
        }
        return weeks;
    }

    /** The Monday of each school week, in order: what {@link #schoolWeeks} numbers the days by. */
    static List<LocalDate> weekMondays(List<AlertRules.Day> days) {
        var mondays = new ArrayList<LocalDate>();
        for (var d : days) {
            var m = monday(d.date());
            LocalDate last = mondays.isEmpty() ? null : mondays.get(mondays.size() - 1);
            if (m.equals(last)) {
                continue;
            }
            if (d.afterGap() && last != null) {
                for (var between = last.plusWeeks(1); between.isBefore(m); between = between.plusWeeks(1)) {
                    mondays.add(between);
                }
            }
            mondays.add(m);
        }
        return mondays;
    }

    /**
     * The school week a date falls in, numbered as {@link #schoolWeeks} numbers them: a date in a week
     * with no school day (a holiday) belongs to the school week before it.
     */
    static int weekOf(List<LocalDate> mondays, LocalDate date) {
        int found = java.util.Collections.binarySearch(mondays, monday(date));
        return found >= 0 ? found : -found - 2;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
