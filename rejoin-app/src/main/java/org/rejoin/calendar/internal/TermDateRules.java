package org.rejoin.calendar.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.Text;

/** A year's term dates: six half terms, in order, each within the year and after the one before. */
final class TermDateRules {

    private TermDateRules() {
    }

    static List<FieldError> check(AcademicYear year, List<TermPeriod> periods) {
        var errors = new ArrayList<FieldError>();
        HalfTerm[] expected = HalfTerm.values();
        if (periods.size() != expected.length) {
            errors.add(new FieldError("periods", "Enter all six half terms, from autumn 1 to summer 2"));
            return errors;
        }
        for (int i = 0; i < expected.length; i++) {
            var p = periods.get(i);
            String field = expected[i].name();
            if (p.halfTerm() != expected[i]) {
                errors.add(new FieldError(field, "Half terms must be in order: expected " + expected[i]));
            }
            else if (p.startsOn() == null || p.endsOn() == null) {
                errors.add(new FieldError(field, "Enter the first and last day of " + label(expected[i])));
            }
            else if (p.endsOn().isBefore(p.startsOn())) {
                errors.add(new FieldError(field, "The last day of " + label(expected[i]) + " must be on or after its first day"));
            }
            else if (!year.contains(p.startsOn()) || !year.contains(p.endsOn())) {
                errors.add(new FieldError(field, label(expected[i]) + " must fall between " + Text.date(year.firstDay()) + " and "
                        + Text.date(year.lastDay())));
            }
            else if (i > 0 && periods.get(i - 1).endsOn() != null && !p.startsOn().isAfter(periods.get(i - 1).endsOn())) {
                errors.add(new FieldError(field, label(expected[i]) + " must start after " + label(expected[i - 1]) + " ends"));
            }
        }
        return errors;
    }

    static String label(HalfTerm halfTerm) {
        String name = halfTerm.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
