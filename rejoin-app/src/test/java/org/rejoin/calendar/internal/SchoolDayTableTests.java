package org.rejoin.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;

/**
 * School-day arithmetic (docs/rules/school-days.md: weekends, bank holidays, school holidays and
 * INSET days do not count), with fixed examples and seeded generated cases for the laws it must keep.
 */
class SchoolDayTableTests {

    // England and Wales bank holidays in 2025/26 and 2026/27 (from the V4 migration).
    static final Set<LocalDate> BANK_HOLIDAYS = Set.of(LocalDate.parse("2025-08-25"), LocalDate.parse("2025-12-25"),
            LocalDate.parse("2025-12-26"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-03"),
            LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-25"),
            LocalDate.parse("2026-08-31"), LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"),
            LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-26"), LocalDate.parse("2027-03-29"),
            LocalDate.parse("2027-05-03"), LocalDate.parse("2027-05-31"));

    static final Map<AcademicYear, List<TermPeriod>> TERMS = new TreeMap<>(Map.of(
            new AcademicYear(2025), List.of(
                    period(HalfTerm.AUTUMN_1, "2025-09-03", "2025-10-24"), period(HalfTerm.AUTUMN_2, "2025-11-03", "2025-12-19"),
                    period(HalfTerm.SPRING_1, "2026-01-05", "2026-02-13"), period(HalfTerm.SPRING_2, "2026-02-23", "2026-04-02"),
                    period(HalfTerm.SUMMER_1, "2026-04-20", "2026-05-22"), period(HalfTerm.SUMMER_2, "2026-06-01", "2026-07-22")),
            new AcademicYear(2026), List.of(
                    period(HalfTerm.AUTUMN_1, "2026-09-02", "2026-10-23"), period(HalfTerm.AUTUMN_2, "2026-11-02", "2026-12-18"),
                    period(HalfTerm.SPRING_1, "2027-01-04", "2027-02-12"), period(HalfTerm.SPRING_2, "2027-02-22", "2027-03-25"),
                    period(HalfTerm.SUMMER_1, "2027-04-12", "2027-05-28"), period(HalfTerm.SUMMER_2, "2027-06-07", "2027-07-21"))));

    static final SchoolDayTable LA = new SchoolDayTable(TERMS, BANK_HOLIDAYS, Set.of());
    static final List<LocalDate> INSET = List.of(LocalDate.parse("2025-09-03"), LocalDate.parse("2026-01-05"),
            LocalDate.parse("2026-06-01"));
    static final SchoolDayTable SCHOOL = LA.without(INSET);

    static TermPeriod period(HalfTerm halfTerm, String from, String to) {
        return new TermPeriod(halfTerm, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void weekendsBankHolidaysAndHolidaysAreNotSchoolDays() {
        assertThat(LA.isSchoolDay(LocalDate.parse("2025-09-03"))).isTrue();
        assertThat(LA.isSchoolDay(LocalDate.parse("2025-09-06"))).as("Saturday").isFalse();
        assertThat(LA.isSchoolDay(LocalDate.parse("2025-10-27"))).as("October half term").isFalse();
        assertThat(LA.isSchoolDay(LocalDate.parse("2026-05-04"))).as("Early May bank holiday in term").isFalse();
        assertThat(LA.isSchoolDay(LocalDate.parse("2026-08-03"))).as("summer holiday").isFalse();
    }

    @Test
    void insetDaysAreSchoolDaysForTheLaButNotForTheirEstablishment() {
        assertThat(LA.isSchoolDay(LocalDate.parse("2026-01-05"))).isTrue();
        assertThat(SCHOOL.isSchoolDay(LocalDate.parse("2026-01-05"))).isFalse();
    }

    @Test
    void addingCrossesAHalfTermBreak() {
        // Friday 24 October 2025, last day of autumn 1: the next school day is Monday 3 November.
        assertThat(LA.add(LocalDate.parse("2025-10-24"), 1)).isEqualTo("2025-11-03");
        assertThat(LA.add(LocalDate.parse("2025-10-20"), 5)).isEqualTo("2025-11-03");
    }

    @Test
    void addingSkipsABankHolidayInTerm() {
        // Friday 1 May 2026 + 1 school day: Monday 4 May is the Early May bank holiday.
        assertThat(LA.add(LocalDate.parse("2026-05-01"), 1)).isEqualTo("2026-05-05");
    }

    @Test
    void addingSkipsAnEstablishmentsInsetDay() {
        // Friday 19 December 2025 + 1: the LA reopens on 5 January, the school (INSET) on the 6th.
        assertThat(LA.add(LocalDate.parse("2025-12-19"), 1)).isEqualTo("2026-01-05");
        assertThat(SCHOOL.add(LocalDate.parse("2025-12-19"), 1)).isEqualTo("2026-01-06");
    }

    @Test
    void addingCrossesTheAcademicYearBoundary() {
        // Last day of 2025/26 is Wednesday 22 July 2026; 2026/27 starts Wednesday 2 September.
        assertThat(LA.add(LocalDate.parse("2026-07-22"), 1)).isEqualTo("2026-09-02");
        assertThat(LA.countBetween(LocalDate.parse("2026-07-20"), LocalDate.parse("2026-09-03"))).isEqualTo(4);
    }

    @Test
    void twentySchoolDaysFromADateInAHolidayStartsCountingAtTheNextTerm() {
        // School Admissions Code 2021, Fair Access: a place within 20 school days, from a decision made in
        // the Easter holiday.
        assertThat(LA.add(LocalDate.parse("2026-04-10"), 20)).isEqualTo("2026-05-18");
    }

    @Test
    void subtractingGoesBackOverHolidays() {
        assertThat(LA.add(LocalDate.parse("2025-11-03"), -1)).isEqualTo("2025-10-24");
        assertThat(LA.add(LocalDate.parse("2025-11-01"), -1)).isEqualTo("2025-10-24");
    }

    @Test
    void aYearWithoutTermDatesIsNeverGuessed() {
        assertThatThrownBy(() -> LA.isSchoolDay(LocalDate.parse("2027-09-06")))
                .isInstanceOf(CalendarNotDefinedException.class).hasMessageContaining("2027/28");
        assertThatThrownBy(() -> LA.add(LocalDate.parse("2027-07-01"), 30))
                .isInstanceOf(CalendarNotDefinedException.class).hasMessageContaining("2027/28");
        assertThat(LA.isSchoolDay(LocalDate.parse("2027-09-04"))).as("a Saturday needs no term dates").isFalse();
    }

    @Test
    void theYearHasItsSchoolDaysLessBankHolidaysAndInsetDays() {
        var year = new AcademicYear(2025);
        assertThat(LA.countBetween(year.firstDay().minusDays(1), year.lastDay())).isEqualTo(194);
        assertThat(SCHOOL.countBetween(year.firstDay().minusDays(1), year.lastDay())).isEqualTo(191);
    }

    /** Seeded random dates in the defined years and day counts. */
    static Stream<Arguments> generated() {
        var random = new Random(20260901L);
        long first = LocalDate.parse("2025-08-01").toEpochDay();
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(
                LocalDate.ofEpochDay(first + random.nextInt(330)), random.nextInt(120), random.nextInt(60)));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void countingBackTheDaysAddedGivesTheSameNumber(LocalDate date, int n, int m) {
        for (var days : List.of(LA, SCHOOL)) {
            LocalDate result = days.add(date, n);
            assertThat(days.countBetween(date, result)).isEqualTo(n);
            assertThat(days.countBetween(result, date)).isEqualTo(-n);
        }
    }

    @ParameterizedTest
    @MethodSource("generated")
    void addingTwiceIsAddingTheSum(LocalDate date, int n, int m) {
        assertThat(LA.add(LA.add(date, n), m)).isEqualTo(LA.add(date, n + m));
        assertThat(SCHOOL.add(SCHOOL.add(date, n), m)).isEqualTo(SCHOOL.add(date, n + m));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void theResultIsASchoolDayAfterTheDateAndNeverAWeekendHolidayOrInsetDay(LocalDate date, int n, int m) {
        LocalDate result = SCHOOL.add(date, n + 1);
        assertThat(result).isAfter(date);
        assertThat(SCHOOL.isSchoolDay(result)).isTrue();
        assertThat(result.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(BANK_HOLIDAYS).doesNotContain(result);
        assertThat(INSET).doesNotContain(result);
    }

    @ParameterizedTest
    @MethodSource("generated")
    void countsAddUpOverConsecutiveSpansAndAnEstablishmentNeverHasMoreDays(LocalDate date, int n, int m) {
        LocalDate middle = date.plusDays(n);
        LocalDate end = middle.plusDays(m);
        assertThat(LA.countBetween(date, middle) + LA.countBetween(middle, end)).isEqualTo(LA.countBetween(date, end));
        assertThat(SCHOOL.countBetween(date, end)).isLessThanOrEqualTo(LA.countBetween(date, end));
    }

    @ParameterizedTest
    @MethodSource("generated")
    void addingMoreDaysNeverGivesAnEarlierDate(LocalDate date, int n, int m) {
        assertThat(LA.add(date, n + m + 1)).isAfter(LA.add(date, n));
    }
}
