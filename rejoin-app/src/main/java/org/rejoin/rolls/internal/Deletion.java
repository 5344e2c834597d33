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
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.Registration;

/**
 * A deletion from a school's admission register, checked against its ground (School Attendance
 * (Pupil Registration) (England) Regulations 2024, reg 9(1); docs/rules/rolls.md) and saying what
 * follows from it. Plain Java.
 */
final class Deletion {

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
            errors.add(new FieldError("leftOn", "The deletion date must not be before the child joined, " + registration.startsOn()));
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
            case CONTINUOUS_ABSENCE_20_DAYS -> checkJointEnquiries(today, errors);
            case HOME_EDUCATION -> checkParentNotice(today, errors);
            case PERMANENT_EXCLUSION -> checkExclusionReview(errors);
            default -> { }
        }
    }

    /** Reg 9(1)(i): only after the school and the LA have both made reasonable enquiries. */
    private void checkJointEnquiries(LocalDate today, List<FieldError> errors) {
        if (trimmed(d.jointEnquiries()) == null || d.jointEnquiriesOn() == null) {
            errors.add(new FieldError("jointEnquiries", "Ground (i) needs the enquiries the school and the"
                    + " local authority made together to find the child, and when: record them first"));
        }
        else if (d.jointEnquiriesOn().isAfter(today)) {
            errors.add(new FieldError("jointEnquiriesOn", "The date of the joint enquiries must be today or in the past"));
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

    /**
     * A leaver with no known destination, or deleted under reg 9(1)(h) or (i), is unaccounted for:
     * the LA must find where they are being educated (Education Act 1996 s436A).
     */
    boolean leavesChildUnaccountedFor() {
        return d.destination() == Destination.UNKNOWN || d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE
                || d.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS;
    }
}
