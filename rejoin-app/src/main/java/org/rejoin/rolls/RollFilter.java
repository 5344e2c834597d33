package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.Locale;

import org.rejoin.calendar.AcademicYear;

/**
 * What a person looks for on a roll or a register: part of a name or a UPN, and a year group (from the
 * date of birth: Education Act 2002 s82; docs/rules/school-days.md). Either may be empty.
 */
public record RollFilter(String text, Integer yearGroup) {

    public static final RollFilter NONE = new RollFilter(null, null);

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && yearGroup == null;
    }

    /** Whether a pupil is one looked for, their year group reckoned in {@code year}. */
    public boolean admits(String name, String upn, LocalDate dateOfBirth, AcademicYear year) {
        if (text != null && !text.isBlank()) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            boolean byName = name != null && name.toLowerCase(Locale.ROOT).contains(wanted);
            boolean byUpn = upn != null && upn.toLowerCase(Locale.ROOT).startsWith(wanted.replace(" ", ""));
            if (!byName && !byUpn) {
                return false;
            }
        }
        return yearGroup == null || dateOfBirth != null && year.yearGroup(dateOfBirth) == yearGroup;
    }
}
