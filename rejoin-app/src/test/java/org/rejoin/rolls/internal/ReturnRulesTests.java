package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;

/** A new-pupil return's lateness and a leaver's follow-up date, on a calendar of weekdays. */
class ReturnRulesTests {

    /** Weekdays are school days; a day after {@code lastDefined} is in a year without term dates. */
    record Weekdays(LocalDate lastDefined) implements SchoolDays {

        @Override
        public boolean isSchoolDay(LocalDate date) {
            if (date.isAfter(lastDefined)) {
                throw new CalendarNotDefinedException(AcademicYear.of(date));
            }
            return date.getDayOfWeek().getValue() <= 5;
        }

        @Override
        public LocalDate add(LocalDate date, int days) {
            var d = date;
            for (int left = days; left > 0; ) {
                d = d.plusDays(1);
                left -= isSchoolDay(d) ? 1 : 0;
            }
            return d;
        }

        @Override
        public int countBetween(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }
    }

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void aNewPupilReturnIsDueByTheEndOfTheFifthCalendarDayAfterTheEntry() {
        // Entered on Monday 2 November: the fifth day after is Saturday 7 November, weekend or not (reg 13(1)).
        assertThat(ReturnRules.isLate(MONDAY, LocalDate.of(2026, 11, 7))).isFalse();
        assertThat(ReturnRules.isLate(MONDAY, LocalDate.of(2026, 11, 8))).isTrue();
        // Entered on the last day of term: the holiday does not stop the days (Friday 18 December to Wednesday 23rd).
        assertThat(ReturnRules.isLate(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 23))).isFalse();
        assertThat(ReturnRules.isLate(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 24))).isTrue();
        // Reported on the day of entry.
        assertThat(ReturnRules.isLate(MONDAY, MONDAY)).isFalse();
    }

    @Test
    void withoutTermDatesTheFollowUpIsToday() {
        var days = new Weekdays(MONDAY);
        assertThat(ReturnRules.destinationCheckDue(days, MONDAY, LocalDate.of(2026, 11, 3))).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void aLeaverToASchoolInTheLaIsCheckedFiveSchoolDaysLater() {
        assertThat(ReturnRules.destinationCheckDue(new Weekdays(LocalDate.of(2027, 7, 31)), MONDAY, MONDAY))
                .isEqualTo(LocalDate.of(2026, 11, 9));
    }

    @Test
    void aStarterInTheMostJuniorClassOnTheFirstDayOfTheYearOwesNoReturnUnlessTheLaAsked() {
        var first = LocalDate.of(2026, 9, 2);
        // Reception (0) at a primary whose most junior class is Reception, starting on the first day.
        assertThat(ReturnRules.isExempt(0, 0, first, first, null)).isTrue();
        // A day later, or into Year 1, or at a school with a nursery class: a return is owed.
        assertThat(ReturnRules.isExempt(0, 0, first.plusDays(1), first, null)).isFalse();
        assertThat(ReturnRules.isExempt(1, 0, first, first, null)).isFalse();
        assertThat(ReturnRules.isExempt(0, -1, first, first, null)).isFalse();
        // Unknown: the child's age, the school's youngest class, or the year's first day.
        assertThat(ReturnRules.isExempt(null, 0, first, first, null)).isFalse();
        assertThat(ReturnRules.isExempt(0, null, first, first, null)).isFalse();
        assertThat(ReturnRules.isExempt(0, 0, first, null, null)).isFalse();
        // The LA asked on 1 July: names entered after that day are owed a return (reg 13(3)); before, not.
        assertThat(ReturnRules.isExempt(7, 7, first, first, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(ReturnRules.isExempt(7, 7, first, first, LocalDate.of(2026, 9, 2))).isTrue();
    }
}
