package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registration;

/**
 * A registration recorded by hand, checked: an establishment, an enrolment status, a start within
 * the next year, an end only with its reg 9 deletion ground, and no overlap but a dual registration
 * (School Attendance (Pupil Registration) (England) Regulations 2024; docs/rules/rolls.md). Pure.
 */
final class RegistrationCheck {

    private RegistrationCheck() {
    }

    /**
     * @param establishmentKnown whether the establishment named is one Rejoin holds
     * @param overlapping the child's registrations overlapping the new one's days
     * @throws InvalidInputException naming every field at fault
     */
    static void check(NewRegistration r, boolean establishmentKnown, LocalDate today, List<Registration> overlapping) {
        var errors = new ArrayList<FieldError>();
        if (!establishmentKnown) {
            errors.add(new FieldError("establishmentId", "Select the establishment"));
        }
        if (r.enrolmentStatus() == null) {
            errors.add(new FieldError("enrolmentStatus", "Select the enrolment status"));
        }
        if (r.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the date the child was entered on the roll"));
        }
        else if (r.startsOn().isAfter(today.plusYears(1))) {
            errors.add(new FieldError("startsOn", "Start date must be within the next year"));
        }
        if (r.endsOn() != null && r.startsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            errors.add(new FieldError("endsOn", "End date must be the same as or after the start date"));
        }
        if ((r.endsOn() == null) != (r.deletionGround() == null)) {
            errors.add(new FieldError("deletionGround",
                    "A registration that ends needs its reg 9 deletion ground, and only then"));
        }
        if (errors.isEmpty()) {
            overlap(r, overlapping).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Registrations may overlap only as a dual registration: a main and a subsidiary at different schools. */
    static Optional<FieldError> overlap(NewRegistration r, List<Registration> others) {
        for (var other : others) {
            boolean sameSchool = other.establishmentId().equals(r.establishmentId());
            boolean dualPair = r.enrolmentStatus() != EnrolmentStatus.SINGLE
                    && other.enrolmentStatus() != EnrolmentStatus.SINGLE
                    && other.enrolmentStatus() != r.enrolmentStatus();
            if (sameSchool || !dualPair || others.size() > 1) {
                return Optional.of(new FieldError("startsOn", sameSchool
                        ? "The child is already registered at this establishment for some of these dates"
                        : "The child is registered elsewhere for some of these dates: only a main and a subsidiary"
                                + " dual registration may overlap"));
            }
        }
        return Optional.empty();
    }
}
