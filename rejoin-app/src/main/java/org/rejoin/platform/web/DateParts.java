package org.rejoin.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * Reads a GOV.UK date input (day, month and year typed separately) with the design system's
 * error messages: "Enter …", "… must include a month", "… must be a real date".
 */
public final class DateParts {

    private DateParts() {
    }

    /**
     * @param label how the date is named in messages, starting with a capital ("Date of birth")
     * @param required whether an empty date is an error
     * @return the date, or null when empty or wrong (and then an error was added if it matters)
     */
    public static LocalDate parse(String day, String month, String year, String field, String label,
            boolean required, List<FieldError> errors) {
        boolean noDay = blank(day);
        boolean noMonth = blank(month);
        boolean noYear = blank(year);
        if (noDay && noMonth && noYear) {
            if (required) {
                errors.add(new FieldError(field, "Enter " + label.toLowerCase(Locale.ROOT)));
            }
            return null;
        }
        if (noDay || noMonth || noYear) {
            String missing = noDay ? (noMonth ? "a day and month" : noYear ? "a day and year" : "a day")
                    : noMonth ? (noYear ? "a month and year" : "a month") : "a year";
            errors.add(new FieldError(field, label + " must include " + missing));
            return null;
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1000 || y > 9999) {
                errors.add(new FieldError(field, "Year must include 4 numbers"));
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim()));
        }
        catch (NumberFormatException | DateTimeException e) {
            errors.add(new FieldError(field, label + " must be a real date"));
            return null;
        }
    }

    /**
     * A date input outside a bound form (the {@code dateParams} fragment): request parameters
     * {@code <name>.day}, {@code .month} and {@code .year}, its errors on {@code field}.
     */
    public static LocalDate parse(java.util.Map<String, String> params, String name, String field, String label,
            boolean required, List<FieldError> errors) {
        return parse(params.get(name + ".day"), params.get(name + ".month"), params.get(name + ".year"), field, label, required,
                errors);
    }

    /** As {@link #parse(java.util.Map, String, String, String, boolean, List)}, its errors on {@code name} itself. */
    public static LocalDate parse(java.util.Map<String, String> params, String name, String label, boolean required,
            List<FieldError> errors) {
        return parse(params, name, name, label, required, errors);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
