package org.rejoin.attendance.internal;

import java.util.List;

import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * A part-time timetable checked: exceptional, time-limited and reviewed (Working together to improve
 * school attendance; docs/rules/attendance.md): a start, a planned end on or after it, a review
 * between the two, a reason, and some sessions but not all. Pure.
 */
final class TimetableCheck {

    private TimetableCheck() {
    }

    /** Adds what is wrong with the timetable's own fields; the pupil and their roll are checked by the caller. */
    static void check(NewTimetable t, List<FieldError> problems) {
        if (t.startsOn() == null) {
            problems.add(new FieldError("startsOn", "Enter the day the timetable starts"));
        }
        if (t.plannedEndOn() == null) {
            problems.add(new FieldError("plannedEndOn", "Enter the day the child is to be back full time: a part-time timetable is time-limited"));
        }
        else if (t.startsOn() != null && t.plannedEndOn().isBefore(t.startsOn())) {
            problems.add(new FieldError("plannedEndOn", "The planned end must be on or after the start"));
        }
        if (t.reviewOn() == null) {
            problems.add(new FieldError("reviewOn", "Enter the day the timetable will be reviewed"));
        }
        else if (t.startsOn() != null && t.plannedEndOn() != null
                && (t.reviewOn().isBefore(t.startsOn()) || t.reviewOn().isAfter(t.plannedEndOn()))) {
            problems.add(new FieldError("reviewOn", "The review must fall between the start and the planned end"));
        }
        if (t.reason() == null || t.reason().isBlank()) {
            problems.add(new FieldError("reason", "Say why the child is on a part-time timetable"));
        }
        else if (t.reason().length() > 2000) {
            problems.add(new FieldError("reason", "The reason must be 2,000 characters or fewer"));
        }
        if (t.sessions() <= 0 || t.sessions() >= PartTimeTimetable.FULL_WEEK) {
            problems.add(new FieldError("sessions", t.sessions() <= 0
                    ? "Choose the sessions the child attends: a timetable with none is no education"
                    : "A timetable with every session is full time: choose the sessions the child attends"));
        }
    }
}
