package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks.PupilFigures;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.organisations.Organisations;

import org.springframework.stereotype.Component;

/**
 * Pupils' figures over a period read straight from the month rows: the LA's and an establishment's views.
 * Only pupils of compulsory school age count, as the DfE's absence statistics count them: aged 5 to 15 at
 * the start of the academic year, Years 1 to 11 (docs/rules/attendance.md). A pupil of unknown age counts.
 */
@Component
class PeriodFigures {

    private final JdbcMonthRows rows;
    private final Organisations organisations;

    PeriodFigures(JdbcMonthRows rows, Organisations organisations) {
        this.rows = rows;
        this.organisations = organisations;
    }

    private record Key(UUID establishmentId, UUID childId) {
    }

    /** Every pupil's figures at one establishment, or at every one when it is null, in one pass over the month rows. */
    List<PupilFigures> at(UUID establishmentId, LocalDate from, LocalDate to) {
        return withYearGroups(establishmentId, from, to).pupils();
    }

    /** Pupils' figures, and each pupil's year group at the end of the period where their date of birth is known. */
    record Counted(List<PupilFigures> pupils, Map<UUID, Integer> yearGroups) {
    }

    /** As {@link #at}, with the year groups the month rows give (their dates of birth), for breakdowns by year. */
    Counted withYearGroups(UUID establishmentId, LocalDate from, LocalDate to) {
        var counts = new HashMap<Key, int[]>();
        var yearGroups = new HashMap<UUID, Integer>();
        int first = from.getDayOfMonth();
        var year = AcademicYear.of(to);
        rows.forEachRow(establishmentId, from, to, (establishment, month, child, dateOfBirth, marks) -> {
            if (dateOfBirth != null && !ofCompulsorySchoolAge(year.yearGroup(dateOfBirth))) {
                return;
            }
            if (dateOfBirth != null) {
                yearGroups.put(child, year.yearGroup(dateOfBirth));
            }
            // Only the sessions within the period: the first and last months may be partial.
            int start = month.equals(from.withDayOfMonth(1)) ? (first - 1) * 2 : 0;
            int end = month.equals(to.withDayOfMonth(1)) ? to.getDayOfMonth() * 2 : MonthMarks.LENGTH;
            int[] c = counts.computeIfAbsent(new Key(establishment, child), k -> new int[5]);
            for (int i = start; i < end; i++) {
                var code = AttendanceCode.ofId(marks[i]);
                if (code != null) {
                    c[code.category().ordinal()]++;
                }
            }
        });
        var names = new HashMap<UUID, String>();
        organisations.all().forEach(o -> names.put(o.id(), o.name()));
        var result = new ArrayList<PupilFigures>(counts.size());
        counts.forEach((k, c) -> result.add(new PupilFigures(k.childId(), FigureCounts.figures(k.establishmentId(),
                names.getOrDefault(k.establishmentId(), ""), c))));
        return new Counted(result, yearGroups);
    }

    /** Years 1 to 11: aged 5 to 15 at the start of the academic year. */
    static boolean ofCompulsorySchoolAge(int yearGroup) {
        return yearGroup >= 1 && yearGroup <= 11;
    }
}
