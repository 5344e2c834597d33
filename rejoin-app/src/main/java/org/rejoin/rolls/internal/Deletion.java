package org.rejoin.rolls.internal;

import static org.rejoin.platform.Text.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.RegisterMarks;
import org.rejoin.rolls.Registration;
import org.rejoin.platform.Text;

/**
 * A deletion from a school's admission register, checked against its ground (School Attendance
 * (Pupil Registration) (England) Regulations 2024, reg 9(1); docs/rules/rolls.md) and saying what
 * follows from it. Plain Java.
 */
final class Deletion {

    /** Calendar days before the deletion date that hold 20 school days even across the summer holiday. */
    static final int EVIDENCE_LOOKBACK_DAYS = 120;

    private final NewDeletion d;
    private final Registration registration;

    /**
     * @param registration the child's current registration at the school that deletes them
     */
    Deletion(NewDeletion d, Registration registration) {
        this.d = d;
        this.registration = registration;
    }

    /**
     * Checks the deletion on {@code today}.
     *
     * @param isEstablishment whether an id names an establishment Rejoin holds
     * @throws InvalidInputException naming every field at fault
     */
    void check(LocalDate today, Predicate<UUID> isEstablishment) {
        var errors = new ArrayList<FieldError>();
        checkDate(today, errors);
        if (d.ground() == null) {
            errors.add(new FieldError("ground", "Select the ground for deletion from regulation 9(1)"));
        }
        checkDestination(isEstablishment, errors);
        if (d.ground() != null) {
            checkGround(today, errors);
            if (d.laEnquiries() != null && !needsJointEnquiries()) {
                errors.add(new FieldError("laChecked", "The local authority's enquiries are part of a deletion under"
                        + " ground (h) or (i) only"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private void checkDate(LocalDate today, List<FieldError> errors) {
        if (d.leftOn() == null) {
            errors.add(new FieldError("leftOn", "Enter the date the name was deleted"));
        }
        else if (d.leftOn().isAfter(today)) {
            errors.add(new FieldError("leftOn", "A deletion return is for a name already deleted: the date must be today or in the past"));
        }
        else if (d.leftOn().isBefore(registration.startsOn())) {
            errors.add(new FieldError("leftOn", "The deletion date must not be before the child joined, " + Text.date(registration.startsOn())));
        }
    }

    private void checkDestination(Predicate<UUID> isEstablishment, List<FieldError> errors) {
        if (d.destination() == null) {
            errors.add(new FieldError("destination", "Select where the child went, or 'Not known'"));
        }
        else if (d.destination() == Destination.SCHOOL_IN_LA) {
            if (d.destinationEstablishment() == null || !isEstablishment.test(d.destinationEstablishment())) {
                errors.add(new FieldError("destinationEstablishment", "Select the school the child went to"));
            }
            else if (d.destinationEstablishment().equals(registration.establishmentId())) {
                errors.add(new FieldError("destinationEstablishment", "The destination must be another school"));
            }
        }
        else if (d.destination() == Destination.OTHER_LA && trimmed(d.destinationDetail()) == null) {
            errors.add(new FieldError("destinationDetail", "Name the local authority the child moved to"));
        }
    }

    private void checkGround(LocalDate today, List<FieldError> errors) {
        switch (d.ground()) {
            case REGISTERED_AT_ANOTHER_SCHOOL -> {
                if (d.destination() != null && d.destination() != Destination.SCHOOL_IN_LA
                        && d.destination() != Destination.OTHER_LA) {
                    errors.add(new FieldError("destination", "Ground (a) is for a child registered at another school:"
                            + " name the school, or the local authority it is in"));
                }
            }
            case DID_NOT_RETURN_AFTER_LEAVE -> {
                checkLeave(errors);
                checkEnquiries(today, errors);
            }
            case CONTINUOUS_ABSENCE_20_DAYS -> {
                if (d.absentFrom() != null && d.leftOn() != null && d.absentFrom().isAfter(d.leftOn())) {
                    errors.add(new FieldError("absentFrom", "The absence must begin on or before the deletion date"));
                }
                checkEnquiries(today, errors);
            }
            case HOME_EDUCATION -> checkParentNotice(today, errors);
            case PERMANENT_EXCLUSION -> checkExclusionReview(errors);
            default -> { }
        }
    }

    /** Reg 9(1)(h): the leave the school granted, which must have ended before the deletion. */
    private void checkLeave(List<FieldError> errors) {
        if (d.leaveFrom() == null || d.leaveTo() == null) {
            errors.add(new FieldError("leaveFrom", "Ground (h) needs the first and last days of the leave of absence,"
                    + " as the register shows them"));
        }
        else if (d.leaveTo().isBefore(d.leaveFrom())) {
            errors.add(new FieldError("leaveTo", "The leave must end on or after the day it began"));
        }
        else if (d.leftOn() != null && !d.leaveTo().isBefore(d.leftOn())) {
            errors.add(new FieldError("leaveTo", "The leave must have ended before the deletion date"));
        }
    }

    /**
     * Reg 9(1)(h) and (i): the school and the LA have both failed, after reasonable enquiry, to find the
     * child. The school's part comes with the return; the LA's part, if the return brings it, is whole.
     */
    private void checkEnquiries(LocalDate today, List<FieldError> errors) {
        if (trimmed(d.schoolEnquiries()) == null || d.schoolEnquiriesOn() == null) {
            errors.add(new FieldError("schoolEnquiries", "Ground (" + d.ground().paragraph() + ") needs the enquiries"
                    + " the school made to find the child, and when: record them first"));
        }
        else if (d.schoolEnquiriesOn().isAfter(today)) {
            errors.add(new FieldError("schoolEnquiriesOn", "The date of the school's enquiries must be today or in the past"));
        }
        if (d.laEnquiries() != null) {
            checkLaEnquiries(d.laEnquiries(), today, errors);
        }
    }

    /** The LA's part of the joint enquiries, whole: what it checked, when, and that it did not find the child. */
    static void checkLaEnquiries(LaEnquiries la, LocalDate today, List<FieldError> errors) {
        if (trimmed(la.checked()) == null) {
            errors.add(new FieldError("laChecked", "Say what the local authority checked to find the child"));
        }
        if (la.on() == null) {
            errors.add(new FieldError("laOn", "Enter when the local authority's enquiries ended"));
        }
        else if (la.on().isAfter(today)) {
            errors.add(new FieldError("laOn", "The date of the local authority's enquiries must be today or in the past"));
        }
        if (la.outcome() == null) {
            errors.add(new FieldError("laOutcome", "Say whether the local authority found where the child is"));
        }
    }

    /** Reg 9(1)(f): the parent's written notice that the child is educated otherwise than at school. */
    private void checkParentNotice(LocalDate today, List<FieldError> errors) {
        if (d.parentNoticeOn() == null) {
            errors.add(new FieldError("parentNoticeOn", "Ground (f) needs the date of the parent's written notice"));
        }
        else if (d.parentNoticeOn().isAfter(today)) {
            errors.add(new FieldError("parentNoticeOn", "The date of the parent's notice must be today or in the past"));
        }
        if (d.destination() != null && d.destination() != Destination.HOME_EDUCATION) {
            errors.add(new FieldError("destination", "Ground (f) is for a child educated at home: the destination is home education"));
        }
    }

    /** Reg 9(1)(o): not while a review or an appeal can still change the decision. */
    private void checkExclusionReview(List<FieldError> errors) {
        if (d.exclusionReview() == null) {
            errors.add(new FieldError("exclusionReview", "Ground (o) needs where the governors' review or appeal stands"));
        }
        else if (d.exclusionReview() == ExclusionReview.PENDING) {
            errors.add(new FieldError("exclusionReview", "A permanently excluded pupil's name stays on the roll"
                    + " until the review or appeal is finished or declined"));
        }
    }

    /** Grounds (h) and (i) rest on enquiries the school and the LA make together (reg 9(1)(h)(iii), (i)(iii)). */
    boolean needsJointEnquiries() {
        return d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE || d.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS;
    }

    /** Whether the deletion waits for the LA's part of the enquiries before the name leaves the roll. */
    boolean waitsForLa() {
        return needsJointEnquiries() && d.laEnquiries() == null;
    }

    /**
     * The days of the register the ground rests on: for (h) from the first day of the leave, for (i)
     * far enough back to hold 20 school days across a holiday, or from the day the school says the
     * absence began; both to the deletion date.
     */
    LocalDate evidenceFrom() {
        if (d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE) {
            return d.leaveFrom();
        }
        LocalDate lookBack = d.leftOn().minusDays(EVIDENCE_LOOKBACK_DAYS);
        return d.absentFrom() != null && d.absentFrom().isBefore(lookBack) ? d.absentFrom() : lookBack;
    }

    /**
     * Weighs the ground against the school's marks Rejoin holds ({@code days}, the school days from
     * {@link #evidenceFrom()} to the deletion date).
     *
     * @throws InvalidInputException when a mark says otherwise, or the marks fall short and the school gave no dates
     */
    AbsenceEvidence.Finding weigh(List<RegisterMarks.MarkedDay> days) {
        var finding = d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE
                ? AbsenceEvidence.afterLeave(days, d.leaveFrom(), d.leaveTo(), d.leftOn())
                : AbsenceEvidence.continuousAbsence(days, d.absentFrom());
        String field = d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE ? "leaveTo" : "absentFrom";
        if (finding.verdict() == AbsenceEvidence.Verdict.CONTRADICTED) {
            throw new InvalidInputException(field, finding.detail() + ": ground (" + d.ground().paragraph()
                    + ") is not met");
        }
        if (finding.detail() == null) {
            throw new InvalidInputException(field, "Rejoin does not hold the marks that show "
                    + AbsenceEvidence.CONTINUOUS_SCHOOL_DAYS + " school days of unauthorised absence: enter the day"
                    + " the continuous absence began, as the school's register shows it");
        }
        return finding;
    }

    /**
     * The day the name leaves the roll once the LA's part is recorded: the school's date, or the end of
     * the LA's enquiries if later, since the ground is met only when both have failed to find the child.
     */
    /** The day this deletion takes effect when it is not held for the LA: the school's date, or as {@link #deletedOn}. */
    LocalDate effectiveOn() {
        return d.laEnquiries() == null ? d.leftOn() : deletedOn(d.leftOn(), d.laEnquiries());
    }

    static LocalDate deletedOn(LocalDate schoolsDate, LaEnquiries la) {
        return la.on().isAfter(schoolsDate) ? la.on() : schoolsDate;
    }

    /**
     * A leaver with no known destination, or deleted under reg 9(1)(h) or (i), is unaccounted for:
     * the LA must find where they are being educated (Education Act 1996 s436A).
     */
    boolean leavesChildUnaccountedFor() {
        return d.destination() == Destination.UNKNOWN || d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE
                || d.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS;
    }
}
