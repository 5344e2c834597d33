package org.rejoin.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.Text;

/**
 * An establishment's INSET days for a year: each in that year and a school day on the LA's term dates, since an
 * INSET day is one of the school's own days without pupils (docs/rules/school-days.md). Pure.
 */
final class InsetDayRules {

    private InsetDayRules() {
    }

    static List<FieldError> check(AcademicYear year, List<LocalDate> days, SchoolDays localAuthority) {
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (!year.contains(day)) {
                errors.add(new FieldError("days[" + i + "]", Text.date(day) + " is not in the academic year " + year.label()));
            }
            else if (!localAuthority.isSchoolDay(day)) {
                errors.add(new FieldError("days[" + i + "]", Text.date(day) + " is not a school day in the LA's term dates"));
            }
        }
        return errors;
    }
}
