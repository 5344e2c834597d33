package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.List;

import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceCode.Category;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.internal.AlertRules.Day;
import org.rejoin.attendance.internal.AlertRules.Found;
import org.rejoin.platform.Text;

/** The penalty-notice threshold over a child's school days, one of {@link AlertRules#child}'s rules. */
final class PenaltyWindow {

    private PenaltyWindow() {
    }

    /**
     * The national framework for penalty notices (docs/rules/attendance.md): N unauthorised sessions
     * within a rolling window of N school weeks, where a school week is any week with a school session
     * (a short week counts whole), across terms, school years and schools. After an alert the count
     * starts again and no other is raised within the same number of school weeks: penalty notices are
     * few (two per parent per child in three years), and a pupil away for weeks is already referred.
     * Alerts raised before (from earlier scans) count as alerts here too, so that a scan starting on a
     * different day finds the same ones.
     */
    static void find(List<Day> days, LocalDate reportFrom, List<LocalDate> earlier, AttendanceProperties p,
            List<Found> found) {
        int window = p.penaltyWeeks();
        var mondays = ChildDays.weekMondays(days);
        int[] weeks = ChildDays.schoolWeeks(days, mondays);
        var before = earlier.stream().sorted().distinct().toList();
        int[] beforeWeeks = before.stream().mapToInt(d -> ChildDays.weekOf(mondays, d)).toArray();
        int[] perDay = new int[days.size()];
        for (int i = 0; i < days.size(); i++) {
            perDay[i] = days.get(i).count(c -> c.category() == Category.UNAUTHORISED);
        }
        int next = 0;
        int start = 0;
        int sessions = 0;
        int lastAlertWeek = Integer.MIN_VALUE / 2;
        for (int i = 0; i < days.size(); i++) {
            var date = days.get(i).date();
            // An alert raised on a day before this one (perhaps not a school day here): the count starts again.
            while (next < before.size() && before.get(next).isBefore(date)) {
                lastAlertWeek = beforeWeeks[next++];
                start = i;
                sessions = 0;
            }
            sessions += perDay[i];
            while (weeks[start] <= weeks[i] - window) {
                sessions -= perDay[start++];
            }
            boolean raisedToday = next < before.size() && before.get(next).equals(date);
            boolean reached = sessions >= p.penaltySessions() && weeks[i] - lastAlertWeek >= window;
            if (raisedToday || reached) {
                // One alert an episode: none within a window of one raised before (late marks can make the
                // count reach ten earlier than it did), none for a day before this year (found last year).
                boolean nearLater = next < before.size() && beforeWeeks[next] - weeks[i] < window;
                if (reached && !raisedToday && !nearLater && !date.isBefore(reportFrom)) {
                    found.add(new Found(AlertKind.PENALTY_THRESHOLD, date, sessions + " unauthorised sessions between "
                            + Text.date(days.get(start).date()) + " and " + Text.date(date) + " (within " + window
                            + " school weeks): consider a penalty notice", days.get(i).establishmentId()));
                }
                next += raisedToday ? 1 : 0;
                start = i + 1;
                sessions = 0;
                lastAlertWeek = weeks[i];
            }
        }
    }
}
