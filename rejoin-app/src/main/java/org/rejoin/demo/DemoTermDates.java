package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;

/**
 * Term dates in the pattern most English LAs follow: a week's half term at the end of October,
 * in mid-February and at the spring bank holiday; two weeks at Christmas and Easter; six weeks
 * in summer. An LA administrator replaces them with the real ones.
 */
final class DemoTermDates {

    private DemoTermDates() {
    }

    static List<TermPeriod> of(AcademicYear year) {
        int y = year.startYear();
        LocalDate autumnStart = LocalDate.of(y, Month.SEPTEMBER, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        LocalDate octoberBreak = LocalDate.of(y, Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate christmas = LocalDate.of(y, Month.DECEMBER, 20).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        LocalDate springStart = LocalDate.of(y + 1, Month.JANUARY, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate februaryBreak = LocalDate.of(y + 1, Month.FEBRUARY, 16).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate goodFriday = easterSunday(y + 1).minusDays(2);
        LocalDate springBankHoliday = LocalDate.of(y + 1, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate summerEnd = LocalDate.of(y + 1, Month.JULY, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return List.of(
                new TermPeriod(HalfTerm.AUTUMN_1, autumnStart, octoberBreak.minusDays(3)),
                new TermPeriod(HalfTerm.AUTUMN_2, octoberBreak.plusDays(7), christmas),
                new TermPeriod(HalfTerm.SPRING_1, springStart, februaryBreak.minusDays(3)),
                new TermPeriod(HalfTerm.SPRING_2, februaryBreak.plusDays(7), goodFriday.minusDays(1)),
                new TermPeriod(HalfTerm.SUMMER_1, goodFriday.plusDays(10), springBankHoliday.minusDays(3)),
                new TermPeriod(HalfTerm.SUMMER_2, springBankHoliday.plusDays(7), summerEnd));
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
