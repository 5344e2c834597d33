package org.rejoin.rolls.web;

import java.util.List;

import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.DateField;
import org.rejoin.rolls.LaEnquiries;

/** The LA's part of the joint enquiries on a deletion, every field as typed. */
public class LaEnquiriesForm {

    private String laChecked;
    private DateField laOn = new DateField();
    private String laOutcome;

    /** What the form says; fields it cannot read are left empty and their problems added to {@code errors}. */
    LaEnquiries toEnquiries(List<FieldError> errors) {
        return new LaEnquiries(laChecked, laOn.parse("laOn", "The date the local authority's enquiries ended", false, errors),
                Choices.parse(LaEnquiries.Outcome.class, laOutcome));
    }

    public String getLaChecked() { return laChecked; }
    public void setLaChecked(String laChecked) { this.laChecked = laChecked; }
    public DateField getLaOn() { return laOn; }
    public void setLaOn(DateField laOn) { this.laOn = laOn; }
    public String getLaOutcome() { return laOutcome; }
    public void setLaOutcome(String laOutcome) { this.laOutcome = laOutcome; }
}
