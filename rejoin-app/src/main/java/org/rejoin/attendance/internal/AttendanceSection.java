package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.children.ChildRecordSection;

import org.springframework.stereotype.Component;

/**
 * A child's attendance on their page: this academic year's figures at each establishment, the
 * alerts raised, and the last weeks' marks as a grid with each code's meaning.
 */
@Component
class AttendanceSection implements ChildRecordSection {

    /** Weeks of marks the grid shows, newest first. */
    static final int WEEKS = 6;

    private final AttendanceMarks marks;
    private final Clock clock;

    AttendanceSection(AttendanceMarks marks, Clock clock) {
        this.marks = marks;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String fragment() {
        return "attendance/child-attendance :: attendance";
    }

    /** A week of one establishment's marks, Monday morning to Friday afternoon; a cell is null when unmarked. */
    record Week(LocalDate monday, String establishmentName, List<AttendanceCode> sessions) {
    }

    @Override
    public Map<String, Object> model(UUID childId, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = AcademicYear.of(today).firstDay();
        var entries = marks.marks(childId, yearStart, today, user);
        var figures = marks.figures(entries);
        var names = new LinkedHashMap<UUID, String>();
        figures.forEach(f -> names.put(f.establishmentId(), f.establishmentName()));
        // The newest weeks with marks, per establishment.
        var grid = new TreeMap<LocalDate, Map<UUID, AttendanceCode[]>>(java.util.Comparator.reverseOrder());
        var used = new TreeSet<AttendanceCode>();
        for (var m : entries) {
            LocalDate monday = m.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int day = m.date().getDayOfWeek().getValue() - 1;
            if (day > 4) {
                continue;
            }
            grid.computeIfAbsent(monday, k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.establishmentId(), k -> new AttendanceCode[10])[day * 2 + (m.session() == Session.PM ? 1 : 0)] = m.code();
        }
        var weeks = new ArrayList<Week>();
        for (var week : grid.entrySet()) {
            if (weeks.size() >= WEEKS) {
                break;
            }
            week.getValue().forEach((establishment, sessions) -> {
                weeks.add(new Week(week.getKey(), names.getOrDefault(establishment, ""), java.util.Arrays.asList(sessions)));
                java.util.Arrays.stream(sessions).filter(c -> c != null).forEach(used::add);
            });
        }
        return Map.of("figures", figures, "weeks", weeks, "legend", List.copyOf(used),
                "alerts", marks.alerts(childId, user), "yearStart", yearStart);
    }
}
