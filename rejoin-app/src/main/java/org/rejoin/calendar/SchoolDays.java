package org.rejoin.calendar;

import java.time.LocalDate;

/**
 * School-day arithmetic for the LA's calendar, or one establishment's (the LA's less its INSET
 * days). Weekends, bank holidays, school holidays and INSET days are not school days
 * (docs/rules/school-days.md). Asking about a weekday in a year without term dates throws
 * {@link CalendarNotDefinedException}: a deadline is never silently wrong.
 */
public interface SchoolDays {

    boolean isSchoolDay(LocalDate date);

    /**
     * The date {@code days} school days after {@code date} (before it when negative); {@code date}
     * itself is not counted, and need not be a school day. {@code add(d, 0)} is {@code d}.
     */
    LocalDate add(LocalDate date, int days);

    /**
     * The school days after {@code from} up to and including {@code to}; negative when {@code to}
     * is before {@code from}. So {@code countBetween(d, add(d, n)) == n}.
     */
    int countBetween(LocalDate from, LocalDate to);
}
