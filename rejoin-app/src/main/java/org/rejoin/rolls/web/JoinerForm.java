package org.rejoin.rolls.web;

import java.util.List;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.DateField;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewJoiner;

/** The new-pupil return form, every field as typed. */
public class JoinerForm {

    private String forename;
    private String middleNames;
    private String surname;
    private DateField dateOfBirth = new DateField();
    private String sex;
    private String upn;
    private String addressLine;
    private String town;
    private String postcode;
    private String enrolmentStatus = EnrolmentStatus.SINGLE.name();
    private DateField startsOn = new DateField();

    /** What the form says; fields it cannot read are left empty and their problems added to {@code errors}. */
    NewJoiner toJoiner(java.util.UUID establishmentId, List<FieldError> errors) {
        var dob = dateOfBirth.parse("dateOfBirth", "Date of birth", true, errors);
        var start = startsOn.parse("startsOn", "The date the name was entered", true, errors);
        var addresses = addressLine == null || addressLine.isBlank() ? List.<ChildDetails.Address>of()
                : List.of(new ChildDetails.Address(addressLine, null, town, postcode, start, null));
        Sex chosen = sex == null || sex.isBlank() ? null : Choices.parse(Sex.class, sex);
        if (sex != null && !sex.isBlank() && chosen == null) {
            errors.add(new FieldError("sex", "Select the child's sex, or 'Not known'"));
        }
        var child = ChildDetails.reported(forename, middleNames, surname, dob, false, chosen,
                upn == null || upn.isBlank() ? null : upn, addresses);
        // A value the form does not offer is no choice: the service then names the field.
        return new NewJoiner(establishmentId, child, Choices.parse(EnrolmentStatus.class, enrolmentStatus), start);
    }

    /** The service names the child's fields as the register does; this form names them its own way. */
    static String onForm(String field) {
        return switch (field) {
            case "child.legalForename" -> "forename";
            case "child.legalSurname" -> "surname";
            case "child.middleNames" -> "middleNames";
            case "child.dateOfBirth" -> "dateOfBirth";
            case "child.sex" -> "sex";
            case "child.upn" -> "upn";
            default -> field.startsWith("child.addresses") ? field.endsWith("postcode") ? "postcode" : "addressLine" : field;
        };
    }

    public String getForename() { return forename; }
    public void setForename(String forename) { this.forename = forename; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String middleNames) { this.middleNames = middleNames; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public DateField getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateField dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getAddressLine() { return addressLine; }
    public void setAddressLine(String addressLine) { this.addressLine = addressLine; }
    public String getTown() { return town; }
    public void setTown(String town) { this.town = town; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getEnrolmentStatus() { return enrolmentStatus; }
    public void setEnrolmentStatus(String enrolmentStatus) { this.enrolmentStatus = enrolmentStatus; }
    public DateField getStartsOn() { return startsOn; }
    public void setStartsOn(DateField startsOn) { this.startsOn = startsOn; }
}
