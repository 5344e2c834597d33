package org.rejoin.referrals.internal;

import static org.rejoin.platform.Text.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.children.Upn;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralSource;

/**
 * Who a referral is from and whether it can be received: pure rules. A referral keeps what the
 * referrer knew, however little; a name is enough (docs/rules/cme.md).
 */
final class Intake {

    private Intake() {
    }

    /** Who referred, as recorded: the source and the referrer's name. */
    record Referrer(ReferralSource source, String name) {
    }

    /**
     * LA staff say who referred, and without a source the officer found the child themselves;
     * others refer as their organisation: a school, a provider, an agency or another LA.
     *
     * @param fromOtherLa the user's organisation is another local authority
     */
    static Referrer referrer(NewReferral r, RejoinUser user, boolean fromOtherLa) {
        if (!user.isLocalAuthorityStaff()) {
            return new Referrer(sourceOf(user, fromOtherLa), user.displayName());
        }
        var source = r.source() == null ? ReferralSource.LA_SERVICE : r.source();
        String name = trimmed(r.referrerName()) == null && source == ReferralSource.LA_SERVICE ? user.displayName()
                : trimmed(r.referrerName());
        return new Referrer(source, name);
    }

    private static ReferralSource sourceOf(RejoinUser user, boolean fromOtherLa) {
        return switch (user.organisationKind()) {
            case ESTABLISHMENT -> user.has(Role.PROVIDER_USER) ? ReferralSource.ALTERNATIVE_PROVIDER : ReferralSource.SCHOOL;
            case AGENCY -> fromOtherLa ? ReferralSource.OTHER_LOCAL_AUTHORITY : ReferralSource.AGENCY;
            case LOCAL_AUTHORITY -> ReferralSource.LA_SERVICE;
        };
    }

    /**
     * Checks a referral received on {@code today}.
     *
     * @throws InvalidInputException naming every field at fault
     */
    static void check(NewReferral r, Referrer referrer, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        if (referrer.source() == null) {
            errors.add(new FieldError("source", "Select who made the referral"));
        }
        if (referrer.name() == null) {
            errors.add(new FieldError("referrerName", "Enter the name of the person who made the referral"));
        }
        if (r.receivedOn() != null && r.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "The date the referral was received must be today or in the past"));
        }
        if (trimmed(r.forename()) == null && trimmed(r.surname()) == null) {
            errors.add(new FieldError("forename", "Enter the child's first name or last name, or both"));
        }
        checkChild(r, today, errors);
        if (r.reason() == null) {
            errors.add(new FieldError("reason", "Select the reason for the referral"));
        }
        else if (r.reason() == ReferralReason.OTHER && trimmed(r.details()) == null) {
            errors.add(new FieldError("details", "Describe the reason for the referral"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkChild(NewReferral r, LocalDate today, List<FieldError> errors) {
        if (r.dateOfBirth() != null && r.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be today or in the past"));
        }
        else if (r.dateOfBirth() != null && r.dateOfBirth().isBefore(today.minusYears(25))) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be within the last 25 years"));
        }
        if (r.approximateAge() != null && (r.approximateAge() < 0 || r.approximateAge() > 25)) {
            errors.add(new FieldError("approximateAge", "Age must be a whole number of years from 0 to 25"));
        }
        if (r.upn() != null && !r.upn().isBlank() && Upn.problem(Upn.normalise(r.upn())) != null) {
            errors.add(new FieldError("upn", Upn.problem(Upn.normalise(r.upn()))));
        }
    }
}
