package org.rejoin.calendar;

/** School days were asked for in an academic year whose term dates the LA has not entered. */
public class CalendarNotDefinedException extends RuntimeException {

    private final AcademicYear year;

    public CalendarNotDefinedException(AcademicYear year) {
        super("No term dates for the academic year " + year.label()
                + ": an LA administrator must enter them before school days in that year can be counted");
        this.year = year;
    }

    public AcademicYear year() {
        return year;
    }
}
