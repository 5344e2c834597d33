package org.rejoin.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.calendar.TermPeriod;

/**
 * School days as a sorted array of epoch days, built once from term dates, bank holidays and
 * closures: a lookup is a binary search, so deadlines over thousands of children cost nothing.
 */
final class SchoolDayTable implements SchoolDays {

    private final long[] days;
    private final SortedSet<AcademicYear> defined;

    SchoolDayTable(Map<AcademicYear, ? extends Collection<TermPeriod>> termDates, Set<LocalDate> bankHolidays,
            Set<LocalDate> closures) {
        this.defined = new TreeSet<>(termDates.keySet());
        this.days = termDates.values().stream().flatMap(Collection::stream)
                .flatMap(p -> p.startsOn().datesUntil(p.endsOn().plusDays(1)))
                .filter(d -> !isWeekend(d) && !bankHolidays.contains(d) && !closures.contains(d))
                .mapToLong(LocalDate::toEpochDay).sorted().distinct().toArray();
    }

    private SchoolDayTable(long[] days, SortedSet<AcademicYear> defined) {
        this.days = days;
        this.defined = defined;
    }

    /** The same calendar less some more closed days (an establishment's INSET days). */
    SchoolDayTable without(Collection<LocalDate> closed) {
        Set<Long> remove = closed.stream().map(LocalDate::toEpochDay).collect(Collectors.toSet());
        return new SchoolDayTable(Arrays.stream(days).filter(d -> !remove.contains(d)).toArray(), defined);
    }

    @Override
    public boolean isSchoolDay(LocalDate date) {
        if (isWeekend(date)) {
            return false;
        }
        requireDefined(AcademicYear.of(date));
        return Arrays.binarySearch(days, date.toEpochDay()) >= 0;
    }

    @Override
    public LocalDate add(LocalDate date, int schoolDays) {
        if (schoolDays == 0) {
            return date;
        }
        int index = schoolDays > 0 ? firstAfter(date.toEpochDay()) + schoolDays - 1
                : lastBefore(date.toEpochDay()) + schoolDays + 1;
        if (index < 0 || index >= days.length) {
            throw new CalendarNotDefinedException(schoolDays > 0 ? AcademicYear.of(date).compareTo(defined.last()) > 0
                    ? AcademicYear.of(date) : defined.last().next() : previous(defined.first()));
        }
        LocalDate result = LocalDate.ofEpochDay(days[index]);
        if (schoolDays > 0) {
            requireDefinedBetween(date.plusDays(1), result);
        }
        else {
            requireDefinedBetween(result, date.minusDays(1));
        }
        return result;
    }

    /** The school days counted are those after {@code from}: only their years need term dates. */
    @Override
    public int countBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -countBetween(to, from);
        }
        if (to.isAfter(from)) {
            requireDefinedBetween(from.plusDays(1), to);
        }
        return firstAfter(to.toEpochDay()) - firstAfter(from.toEpochDay());
    }

    /** The index of the first school day after the given epoch day. */
    private int firstAfter(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The index of the last school day before the given epoch day (-1 when none). */
    private int lastBefore(long epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i - 1 : -i - 2;
    }

    private void requireDefinedBetween(LocalDate a, LocalDate b) {
        LocalDate from = a.isBefore(b) ? a : b;
        LocalDate to = a.isBefore(b) ? b : a;
        for (var year = AcademicYear.of(from); year.compareTo(AcademicYear.of(to)) <= 0; year = year.next()) {
            requireDefined(year);
        }
    }

    private void requireDefined(AcademicYear year) {
        if (!defined.contains(year)) {
            throw new CalendarNotDefinedException(year);
        }
    }

    private static AcademicYear previous(AcademicYear year) {
        return new AcademicYear(year.startYear() - 1);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
