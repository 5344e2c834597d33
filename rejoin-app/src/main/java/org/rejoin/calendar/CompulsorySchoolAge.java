package org.rejoin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Compulsory school age (docs/rules/school-days.md). It begins on the first prescribed day (31 December,
 * 31 March or 31 August) on or after the child's fifth birthday (Education Act 1996 s8(2); the Education
 * (Start of Compulsory School Age) Order 1998), and ends at the end of the school leaving date, the last
 * Friday in June, of the school year (1 September to 31 August) in which the child turns 16 (s8(3); the
 * Education (School Leaving Date) Order 1997).
 */
public final class CompulsorySchoolAge {

    private static final List<MonthDay> PRESCRIBED_DAYS = List.of(MonthDay.of(3, 31), MonthDay.of(8, 31), MonthDay.of(12, 31));

    private CompulsorySchoolAge() {
    }

    /** The first day of compulsory school age. */
    public static LocalDate startsOn(LocalDate dateOfBirth) {
        LocalDate fifth = dateOfBirth.plusYears(5);
        for (int year = fifth.getYear(); ; year++) {
            for (var day : PRESCRIBED_DAYS) {
                var prescribed = day.atYear(year);
                if (!prescribed.isBefore(fifth)) {
                    return prescribed;
                }
            }
        }
    }

    /** The last day of compulsory school age: the school leaving date of the school year in which the child turns 16. */
    public static LocalDate endsOn(LocalDate dateOfBirth) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        // The school year runs from 1 September: a birthday from September to December falls in the school year ending next June.
        int leavingYear = sixteenth.getMonthValue() >= 9 ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LocalDate.of(leavingYear, 6, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    /** Whether a child born on {@code dateOfBirth} is of compulsory school age on {@code date}; true when the date of birth is not known. */
    public static boolean on(LocalDate dateOfBirth, LocalDate date) {
        return dateOfBirth == null || !date.isBefore(startsOn(dateOfBirth)) && !date.isAfter(endsOn(dateOfBirth));
    }
}
