package org.rejoin.attendance.web;

import java.util.List;

import org.rejoin.attendance.ExpectedAbsences.NewExpectedAbsence;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/** The expected absence form, every field as typed. */
public class ExpectedAbsenceForm {

    private DateField startsOn = new DateField();
    private DateField endsOn = new DateField();
    private String reason;

    /** What the form says; fields it cannot read are left empty and their problems added to {@code errors}. */
    NewExpectedAbsence toAbsence(List<FieldError> errors) {
        return new NewExpectedAbsence(startsOn.parse("startsOn", "The first day", false, errors),
                endsOn.parse("endsOn", "The last day", false, errors), reason);
    }

    public DateField getStartsOn() { return startsOn; }
    public void setStartsOn(DateField startsOn) { this.startsOn = startsOn; }
    public DateField getEndsOn() { return endsOn; }
    public void setEndsOn(DateField endsOn) { this.endsOn = endsOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
