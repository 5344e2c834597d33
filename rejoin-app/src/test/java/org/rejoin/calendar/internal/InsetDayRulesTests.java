package org.rejoin.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.platform.InvalidInputException.FieldError;

/** An establishment's INSET days, checked against the LA's term dates of SchoolDayTableTests. */
class InsetDayRulesTests {

    private static final AcademicYear YEAR = new AcademicYear(2026);

    @Test
    void termTimeWeekdaysOfTheYearAreAccepted() {
        assertThat(InsetDayRules.check(YEAR, List.of(LocalDate.parse("2026-09-02"), LocalDate.parse("2027-01-04")),
                SchoolDayTableTests.LA)).isEmpty();
    }

    @Test
    void aDayOutsideTheYearOrOutsideTermIsNamedByItsPlaceInTheList() {
        var days = List.of(LocalDate.parse("2026-09-02"), LocalDate.parse("2025-09-03"), LocalDate.parse("2026-10-26"),
                LocalDate.parse("2026-12-25"));

        assertThat(InsetDayRules.check(YEAR, days, SchoolDayTableTests.LA)).containsExactly(
                new FieldError("days[1]", "3 September 2025 is not in the academic year " + YEAR.label()),
                new FieldError("days[2]", "26 October 2026 is not a school day in the LA's term dates"),
                new FieldError("days[3]", "25 December 2026 is not a school day in the LA's term dates"));
    }
}
