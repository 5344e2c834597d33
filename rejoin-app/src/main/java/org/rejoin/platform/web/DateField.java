package org.rejoin.platform.web;

import java.time.LocalDate;
import java.util.List;

import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * A GOV.UK date input on a form: day, month and year as typed, so a wrong date is shown back as
 * it was. Bind it as {@code <field>.day}, {@code .month}, {@code .year}; errors go on the field.
 */
public class DateField {

    private String day;
    private String month;
    private String year;

    public static DateField of(LocalDate date) {
        var field = new DateField();
        if (date != null) {
            field.day = String.valueOf(date.getDayOfMonth());
            field.month = String.valueOf(date.getMonthValue());
            field.year = String.valueOf(date.getYear());
        }
        return field;
    }

    /** The date, or null when empty or not a date (and then an error is added where it matters). */
    public LocalDate parse(String field, String label, boolean required, List<FieldError> errors) {
        return DateParts.parse(day, month, year, field, label, required, errors);
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return isBlank() ? "" : day + "/" + month + "/" + year;
    }

    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
}
