package org.rejoin.referrals.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.DateField;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.Concern;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.SafeguardingStatus;

/** The referral form, every field as typed so that a wrong date or age is shown back as it was. */
public class ReferralForm {

    private String source;
    private String referrerName;
    private String referrerContact;
    private DateField receivedOn = new DateField();
    private String forename;
    private String middleNames;
    private String surname;
    private DateField dateOfBirth = new DateField();
    private String approximateAge;
    private String sex;
    private String upn;
    private String address;
    private String postcode;
    private String reason;
    private String details;
    private List<String> riskIndicators = new ArrayList<>();
    private List<String> safeguardingStatuses = new ArrayList<>();
    private boolean safeguardingConcern;

    /** What the form says; fields it cannot read are left empty and their problems added to {@code errors}. */
    NewReferral toReferral(List<FieldError> errors) {
        var received = receivedOn.parse("receivedOn", "The date the referral was received", false, errors);
        var dob = dateOfBirth.parse("dateOfBirth", "Date of birth", false, errors);
        Integer age = null;
        if (approximateAge != null && !approximateAge.isBlank()) {
            try {
                age = Integer.valueOf(approximateAge.trim());
            }
            catch (NumberFormatException e) {
                errors.add(new FieldError("approximateAge", "Age must be a whole number of years from 0 to 25"));
            }
        }
        var indicators = EnumSet.noneOf(RiskIndicator.class);
        riskIndicators.stream().map(i -> Choices.parse(RiskIndicator.class, i)).filter(i -> i != null).forEach(indicators::add);
        var statuses = EnumSet.noneOf(SafeguardingStatus.class);
        safeguardingStatuses.stream().map(s -> Choices.parse(SafeguardingStatus.class, s)).filter(s -> s != null)
                .forEach(statuses::add);
        return NewReferral.of(
                new NewReferral.ReferredBy(Choices.parse(ReferralSource.class, source), referrerName, referrerContact, received),
                new ChildAsReferred(forename, middleNames, surname, dob, age, Choices.parse(Sex.class, sex), upn, address, postcode),
                new Concern(Choices.parse(ReferralReason.class, reason), details, indicators, statuses,
                        safeguardingConcern));
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getReferrerName() { return referrerName; }
    public void setReferrerName(String referrerName) { this.referrerName = referrerName; }
    public String getReferrerContact() { return referrerContact; }
    public void setReferrerContact(String referrerContact) { this.referrerContact = referrerContact; }
    public DateField getReceivedOn() { return receivedOn; }
    public void setReceivedOn(DateField receivedOn) { this.receivedOn = receivedOn; }
    public String getForename() { return forename; }
    /** The child as the register holds them: names, date of birth (unless only estimated), sex, UPN and postcode. */
    void fillFrom(org.rejoin.children.ChildSummary child) {
        forename = child.legalForename();
        surname = child.legalSurname();
        if (child.dateOfBirth() != null && !child.dateOfBirthEstimated()) {
            dateOfBirth = DateField.of(child.dateOfBirth());
        }
        sex = child.sex() == null ? null : child.sex().name();
        upn = child.upn();
        postcode = child.postcode();
    }

    public void setForename(String forename) { this.forename = forename; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String middleNames) { this.middleNames = middleNames; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public DateField getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateField dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getApproximateAge() { return approximateAge; }
    public void setApproximateAge(String approximateAge) { this.approximateAge = approximateAge; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getUpn() { return upn; }
    public void setUpn(String upn) { this.upn = upn; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
    public List<String> getRiskIndicators() { return riskIndicators; }
    public void setRiskIndicators(List<String> riskIndicators) { this.riskIndicators = riskIndicators; }
    public List<String> getSafeguardingStatuses() { return safeguardingStatuses; }
    public void setSafeguardingStatuses(List<String> safeguardingStatuses) { this.safeguardingStatuses = safeguardingStatuses; }
    public boolean isSafeguardingConcern() { return safeguardingConcern; }
    public void setSafeguardingConcern(boolean safeguardingConcern) { this.safeguardingConcern = safeguardingConcern; }
}
