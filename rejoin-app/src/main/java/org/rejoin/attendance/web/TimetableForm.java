package org.rejoin.attendance.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.Session;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/** The part-time timetable form: the pupil, the dates, the reason and the sessions attended (Mon AM to Fri PM). */
public class TimetableForm {

    private String childId;
    private DateField startsOn = new DateField();
    private DateField plannedEndOn = new DateField();
    private DateField reviewOn = new DateField();
    private String reason;
    private List<String> sessions = new ArrayList<>();

    /** A session of the week as its checkbox is named: MONDAY_AM to FRIDAY_PM. */
    static String sessionName(DayOfWeek day, Session session) {
        return day + "_" + session;
    }

    NewTimetable toTimetable(UUID establishmentId, List<FieldError> errors) {
        UUID child = null;
        try {
            child = childId == null || childId.isBlank() ? null : UUID.fromString(childId);
        }
        catch (IllegalArgumentException e) {
            errors.add(new FieldError("childId", "Choose a pupil from the list"));
        }
        int bits = 0;
        for (var name : sessions) {
            int at = name.lastIndexOf('_');
            try {
                bits |= 1 << PartTimeTimetable.bit(DayOfWeek.valueOf(name.substring(0, at)), Session.valueOf(name.substring(at + 1)));
            }
            catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                errors.add(new FieldError("sessions", "Choose sessions from the list"));
            }
        }
        return new NewTimetable(child, establishmentId, startsOn.parse("startsOn", "The start", true, errors),
                plannedEndOn.parse("plannedEndOn", "The planned end", true, errors),
                reviewOn.parse("reviewOn", "The review date", true, errors), reason, bits);
    }

    public String getChildId() { return childId; }
    public void setChildId(String childId) { this.childId = childId; }
    public DateField getStartsOn() { return startsOn; }
    public void setStartsOn(DateField startsOn) { this.startsOn = startsOn; }
    public DateField getPlannedEndOn() { return plannedEndOn; }
    public void setPlannedEndOn(DateField plannedEndOn) { this.plannedEndOn = plannedEndOn; }
    public DateField getReviewOn() { return reviewOn; }
    public void setReviewOn(DateField reviewOn) { this.reviewOn = reviewOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getSessions() { return sessions; }
    public void setSessions(List<String> sessions) { this.sessions = sessions; }
}
