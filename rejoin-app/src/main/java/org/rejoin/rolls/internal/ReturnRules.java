package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.NewJoiner;

/** The rules of new-pupil returns and of a leaver's follow-up, as pure functions (docs/rules/rolls.md). */
final class ReturnRules {

    /** A new-pupil return is due by the end of this many days after the day the name is entered (reg 13(1)). */
    static final int JOINER_RETURN_DAYS = 5;
    /** Local policy: a destination school in the LA should register the child within this many school days. */
    static final int DESTINATION_CHECK_DAYS = 5;

    private ReturnRules() {
    }

    /**
     * Checks a new-pupil return on {@code today}, with the register's own problems with the child's
     * details (each named under {@code child.}).
     *
     * @throws InvalidInputException naming every field at fault
     */
    static void checkJoiner(NewJoiner j, LocalDate today, List<FieldError> childProblems) {
        var errors = new ArrayList<FieldError>();
        if (j.child() == null) {
            errors.add(new FieldError("child", "Give the child's details"));
        }
        if (j.enrolmentStatus() == null) {
            errors.add(new FieldError("enrolmentStatus", "Select the enrolment status: C single, M main dual or S subsidiary dual"));
        }
        if (j.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the date the child's name was entered on the admission register"));
        }
        else if (j.startsOn().isAfter(today)) {
            errors.add(new FieldError("startsOn", "A new-pupil return is for a name already entered: the date must be today or in the past"));
        }
        childProblems.forEach(e -> errors.add(new FieldError("child." + e.field(), e.message())));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Reported after the end of the {@link #JOINER_RETURN_DAYS}th day after the day the name was entered:
     * calendar days, weekends and holidays included (reg 13(1)).
     */
    static boolean isLate(LocalDate enteredOn, LocalDate reportedOn) {
        return reportedOn.isAfter(enteredOn.plusDays(JOINER_RETURN_DAYS));
    }

    /**
     * Whether no new-pupil return is owed (reg 13(2)-(3)): the pupil is placed, on admission, in the
     * school's most junior class, and starts on the first day of the school year, unless the LA asked
     * for such returns before the name was entered.
     *
     * @param juniorYearGroup the year group of the school's most junior class; null when not known
     * @param firstDayOfYear the first day of the school year; null when its term dates are not known
     * @param requestedOn the day the LA asked for returns for such pupils; null if it has not
     */
    static boolean isExempt(Integer yearGroupOnEntry, Integer juniorYearGroup, LocalDate startsOn, LocalDate firstDayOfYear,
            LocalDate requestedOn) {
        boolean junior = yearGroupOnEntry != null && yearGroupOnEntry.equals(juniorYearGroup);
        boolean firstDay = firstDayOfYear != null && startsOn.equals(firstDayOfYear);
        return junior && firstDay && (requestedOn == null || !startsOn.isAfter(requestedOn));
    }

    /** When to check that a leaver reached a school in the LA; today when the term dates are not entered. */
    static LocalDate destinationCheckDue(SchoolDays laDays, LocalDate leftOn, LocalDate today) {
        try {
            return laDays.add(leftOn, DESTINATION_CHECK_DAYS);
        }
        catch (CalendarNotDefinedException e) {
            return today;
        }
    }
}
