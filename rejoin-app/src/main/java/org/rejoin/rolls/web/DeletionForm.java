package org.rejoin.rolls.web;

import java.util.List;
import java.util.UUID;

import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.DateField;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.NewDeletion;

/** The deletion return form, every field as typed. */
public class DeletionForm {

    private UUID childId;
    private DateField leftOn = new DateField();
    private String ground;
    private String destination;
    private String destinationEstablishment;
    private String destinationDetail;
    private String schoolEnquiries;
    private DateField schoolEnquiriesOn = new DateField();
    private DateField absentFrom = new DateField();
    private DateField leaveFrom = new DateField();
    private DateField leaveTo = new DateField();
    private DateField parentNoticeOn = new DateField();
    private String exclusionReview;

    /** What the form says; fields it cannot read are left empty and their problems added to {@code errors}. */
    NewDeletion toDeletion(UUID establishmentId, List<FieldError> errors) {
        var left = leftOn.parse("leftOn", "The date the name was deleted", true, errors);
        var enquiriesOn = schoolEnquiriesOn.parse("schoolEnquiriesOn", "The date of the school's enquiries", false, errors);
        var absent = absentFrom.parse("absentFrom", "The first day of the absence", false, errors);
        var leaveStart = leaveFrom.parse("leaveFrom", "The first day of the leave", false, errors);
        var leaveEnd = leaveTo.parse("leaveTo", "The last day of the leave", false, errors);
        var noticeOn = parentNoticeOn.parse("parentNoticeOn", "The date of the parent's notice", false, errors);
        UUID school = null;
        try {
            school = destinationEstablishment == null || destinationEstablishment.isBlank() ? null
                    : UUID.fromString(destinationEstablishment);
        }
        catch (IllegalArgumentException e) {
            errors.add(new FieldError("destinationEstablishment", "Select the school the child went to"));
        }
        return new NewDeletion(establishmentId, childId, left, Choices.parse(DeletionGround.class, ground),
                Choices.parse(Destination.class, destination), school, destinationDetail, schoolEnquiries, enquiriesOn, null,
                absent, leaveStart, leaveEnd, noticeOn,
                Choices.parse(ExclusionReview.class, exclusionReview));
    }

    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public DateField getLeftOn() { return leftOn; }
    public void setLeftOn(DateField leftOn) { this.leftOn = leftOn; }
    public String getGround() { return ground; }
    public void setGround(String ground) { this.ground = ground; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getDestinationEstablishment() { return destinationEstablishment; }
    public void setDestinationEstablishment(String destinationEstablishment) { this.destinationEstablishment = destinationEstablishment; }
    public String getDestinationDetail() { return destinationDetail; }
    public void setDestinationDetail(String destinationDetail) { this.destinationDetail = destinationDetail; }
    public String getSchoolEnquiries() { return schoolEnquiries; }
    public void setSchoolEnquiries(String schoolEnquiries) { this.schoolEnquiries = schoolEnquiries; }
    public DateField getSchoolEnquiriesOn() { return schoolEnquiriesOn; }
    public void setSchoolEnquiriesOn(DateField schoolEnquiriesOn) { this.schoolEnquiriesOn = schoolEnquiriesOn; }
    public DateField getAbsentFrom() { return absentFrom; }
    public void setAbsentFrom(DateField absentFrom) { this.absentFrom = absentFrom; }
    public DateField getLeaveFrom() { return leaveFrom; }
    public void setLeaveFrom(DateField leaveFrom) { this.leaveFrom = leaveFrom; }
    public DateField getLeaveTo() { return leaveTo; }
    public void setLeaveTo(DateField leaveTo) { this.leaveTo = leaveTo; }
    public DateField getParentNoticeOn() { return parentNoticeOn; }
    public void setParentNoticeOn(DateField parentNoticeOn) { this.parentNoticeOn = parentNoticeOn; }
    public String getExclusionReview() { return exclusionReview; }
    public void setExclusionReview(String exclusionReview) { this.exclusionReview = exclusionReview; }
}
