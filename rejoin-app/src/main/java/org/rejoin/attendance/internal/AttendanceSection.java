package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.AttendanceMarks.MarkEntry;
import org.rejoin.attendance.EducationHours;
import org.rejoin.attendance.ExpectedAbsences;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
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
    private final EducationHours hours;
    private final ExpectedAbsences expected;
    private final SchoolCalendar calendar;
    private final Clock clock;

    AttendanceSection(AttendanceMarks marks, EducationHours hours, ExpectedAbsences expected, SchoolCalendar calendar,
            Clock clock) {
        this.marks = marks;
        this.hours = hours;
        this.expected = expected;
        this.calendar = calendar;
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

    /**
     * A week of one establishment's marks, Monday morning to Friday afternoon (a cell is null when
     * unmarked), and the week's figures there.
     */
    record Week(LocalDate monday, String establishmentName, List<AttendanceCode> sessions, AttendanceFigures figures) {
    }

    /** The newest weeks with marks, per establishment, each with its figures; the codes seen go into {@code used}. */
    private static List<Week> weeks(List<MarkEntry> entries, Map<UUID, String> names, Set<AttendanceCode> used) {
        var grid = new TreeMap<LocalDate, Map<UUID, AttendanceCode[]>>(java.util.Comparator.reverseOrder());
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
                // The week's figures from its ten cells.
                int[] counts = new int[AttendanceCode.Category.values().length];
                java.util.Arrays.stream(sessions).filter(c -> c != null).forEach(c -> {
                    counts[c.category().ordinal()]++;
                    used.add(c);
                });
                String name = names.getOrDefault(establishment, "");
                weeks.add(new Week(week.getKey(), name, java.util.Arrays.asList(sessions),
                        FigureCounts.figures(establishment, name, counts)));
            });
        }
        return weeks;
    }

    /** Each term so far this year (a pair of half terms), at each establishment. */
    private List<Term> terms(List<MarkEntry> entries, Map<UUID, String> names, LocalDate today) {
        var terms = new ArrayList<Term>();
        var halves = calendar.termDates(AcademicYear.of(today));
        for (int i = 0; i + 1 < halves.size(); i += 2) {
            LocalDate from = halves.get(i).startsOn();
            LocalDate to = halves.get(i + 1).endsOn().isAfter(today) ? today : halves.get(i + 1).endsOn();
            if (from.isAfter(today)) {
                break;
            }
            var inTerm = entries.stream().filter(m -> !m.date().isBefore(from) && !m.date().isAfter(to)).toList();
            terms.add(new Term(i / 2 + 1, from, to, FigureCounts.count(inTerm, names)));
        }
        return terms;
    }

    /** A term's figures at each establishment. */
    record Term(int number, LocalDate from, LocalDate to, List<AttendanceFigures> figures) {
    }

    @Override
    public Map<String, Object> model(UUID childId, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = AcademicYear.of(today).firstDay();
        var entries = marks.marks(childId, yearStart, today, user);
        var figures = marks.figures(entries);
        var names = new LinkedHashMap<UUID, String>();
        figures.forEach(f -> names.put(f.establishmentId(), f.establishmentName()));
        var used = new TreeSet<AttendanceCode>();
        var weeks = weeks(entries, names, used);
        var terms = terms(entries, names, today);
        // Hours across all provision, week by week this term.
        LocalDate termStart = calendar.termStart(today).orElse(yearStart);
        var model = new java.util.HashMap<String, Object>();
        model.put("figures", figures);
        model.put("weeks", weeks);
        model.put("legend", List.copyOf(used));
        model.put("alerts", marks.alerts(childId, user));
        model.put("yearStart", yearStart);
        model.put("terms", terms);
        model.put("hours", hours.weeks(childId, termStart, today, user).stream().filter(w -> w.schoolDays() > 0).toList());
        model.put("timetables", hours.timetables(childId, user));
        model.put("expected", expected.forChild(childId, user));
        model.put("recordsExpected", user.isLocalAuthorityStaff());
        model.put("today", today);
        return model;
    }
}
