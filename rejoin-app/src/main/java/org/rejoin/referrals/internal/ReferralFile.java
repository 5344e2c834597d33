package org.rejoin.referrals.internal;

import static org.rejoin.platform.Text.trimmed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.Triage;
import org.rejoin.referrals.TriageDecision;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A referral as the CME officer works it: each verb checks a change against the intake's rules
 * (docs/rules/cme.md) on a given day and says what is to be stored. Plain Java.
 */
final class ReferralFile {

    private final Referral r;

    ReferralFile(Referral r) {
        this.r = r;
    }

    Referral state() {
        return r;
    }

    /**
     * The referral, still waiting for a decision and unchanged since the officer read it.
     *
     * @throws InvalidInputException when already decided
     * @throws OptimisticLockingFailureException when someone else changed it first
     */
    ReferralFile waiting(long expectedVersion) {
        if (!r.isOpen()) {
            throw new InvalidInputException("decision", "Referral " + r.reference() + " has already been decided");
        }
        if (r.version() != expectedVersion) {
            throw conflict();
        }
        return this;
    }

    static OptimisticLockingFailureException conflict() {
        return new OptimisticLockingFailureException("Someone else changed this referral while you were working on it:"
                + " open it again to see the latest, then decide.");
    }

    /** A decision to store: what was decided, why, and on which day. */
    record Decided(TriageDecision decision, String reason, String otherLa, LocalDate transferredOn, LocalDate decidedOn) {
    }

    /**
     * Checks a decision made on {@code today}: missing education and at risk need a linked child;
     * known in provision needs a reason; another LA needs the LA and the date sent.
     */
    Decided decide(Triage t, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        LocalDate decidedOn = t.decidedOn() == null ? today : t.decidedOn();
        if (decidedOn.isAfter(today)) {
            errors.add(new FieldError("decidedOn", "The date of the decision must be today or in the past"));
        }
        else if (decidedOn.isBefore(r.receivedOn())) {
            errors.add(new FieldError("decidedOn", "The date of the decision must not be before the referral was received"));
        }
        var decision = t.decision();
        if (decision == null) {
            errors.add(new FieldError("decision", "Select your decision"));
        }
        else if (decision.opensCase() && r.childId() == null) {
            errors.add(new FieldError("decision",
                    "Link the referral to a child in the register, or create the child, before opening a case"));
        }
        else if (decision == TriageDecision.KNOWN_IN_PROVISION && trimmed(t.reason()) == null) {
            errors.add(new FieldError("reason", "Enter where the child is receiving education, and how you know"));
        }
        else if (decision == TriageDecision.OTHER_LA) {
            checkTransfer(t, today, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean otherLa = decision == TriageDecision.OTHER_LA;
        return new Decided(decision, trimmed(t.reason()), otherLa ? trimmed(t.otherLa()) : null,
                otherLa ? t.transferredOn() : null, decidedOn);
    }

    private void checkTransfer(Triage t, LocalDate today, List<FieldError> errors) {
        if (trimmed(t.otherLa()) == null) {
            errors.add(new FieldError("otherLa", "Enter the local authority the referral was sent to"));
        }
        if (t.transferredOn() == null) {
            errors.add(new FieldError("transferredOn", "Enter the date the referral was sent"));
        }
        else if (t.transferredOn().isAfter(today)) {
            errors.add(new FieldError("transferredOn", "The date the referral was sent must be today or in the past"));
        }
        else if (t.transferredOn().isBefore(r.receivedOn())) {
            errors.add(new FieldError("transferredOn", "The date the referral was sent must not be before it was received"));
        }
    }

    /**
     * Another reason for the child, added on {@code today}: the dated line to add to the details, or
     * nothing when the referral says it already.
     */
    Optional<String> addReason(NewReferral another, LocalDate today) {
        String text = trimmed(another.details()) == null ? another.reason().name() : trimmed(another.details());
        if (r.concern().details() != null && r.concern().details().contains(text)) {
            return Optional.empty();
        }
        return Optional.of(today + ": " + text);
    }

    /**
     * What the referral says of the child, as the register records it: an age becomes an estimated
     * date of birth on {@code today}; statuses and life events become characteristics from the day
     * it was received.
     */
    ChildDetails asChild(LocalDate today) {
        var child = r.child();
        LocalDate dob = child.dateOfBirth() != null ? child.dateOfBirth()
                : child.approximateAge() == null ? null : today.minusYears(child.approximateAge()).withDayOfYear(1);
        var addresses = child.address() == null && child.postcode() == null ? List.<ChildDetails.Address>of()
                : List.of(new ChildDetails.Address(child.address() == null ? "Address not known" : child.address(), null,
                        null, child.postcode(), r.receivedOn(), null));
        var characteristics = new ArrayList<ChildDetails.Characteristic>();
        for (var status : r.concern().safeguardingStatuses()) {
            characteristics.add(new ChildDetails.Characteristic(CharacteristicType.valueOf(status.name()), null,
                    r.receivedOn(), null));
        }
        for (var indicator : r.concern().riskIndicators()) {
            var type = characteristicOf(indicator);
            if (type != null && characteristics.stream().noneMatch(c -> c.type() == type)) {
                characteristics.add(new ChildDetails.Characteristic(type, null, r.receivedOn(), null));
            }
        }
        return ChildDetails.reported(child.forename(), child.middleNames(), child.surname(), dob,
                child.dateOfBirth() == null && dob != null, child.sex() == null ? Sex.NOT_KNOWN : child.sex(), child.upn(),
                addresses).withCharacteristics(characteristics);
    }

    private static CharacteristicType characteristicOf(RiskIndicator indicator) {
        return switch (indicator) {
            case OFFENDING -> CharacteristicType.YOUNG_OFFENDER;
            case WOMENS_REFUGE, HOMELESS_OR_TEMPORARY_ACCOMMODATION -> CharacteristicType.REFUGE_OR_TEMPORARY_ACCOMMODATION;
            case LONG_TERM_MEDICAL_OR_EMOTIONAL -> CharacteristicType.MEDICAL_NEEDS;
            case ASYLUM_SEEKER_OR_REFUGEE -> CharacteristicType.ASYLUM_SEEKER_OR_REFUGEE;
            case LOOKED_AFTER -> CharacteristicType.LOOKED_AFTER;
            case GYPSY_ROMA_TRAVELLER -> CharacteristicType.GYPSY_ROMA_TRAVELLER;
            case YOUNG_CARER -> CharacteristicType.YOUNG_CARER;
            case TEENAGE_PARENT -> CharacteristicType.PREGNANT_OR_PARENT;
            case PERMANENTLY_EXCLUDED -> CharacteristicType.PERMANENTLY_EXCLUDED;
            case RUNAWAY, TRANSIENT_FAMILY -> null;
        };
    }
}
