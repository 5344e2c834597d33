package org.rejoin.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.Uln;
import org.rejoin.children.Upn;
import org.rejoin.platform.InvalidInputException.FieldError;

/** The rules a child's details must keep, each broken rule named by its field. */
final class ChildDetailsRules {

    /** A UK postcode, spaces optional (BS 7666 shape). */
    private static final String POSTCODE = "(?i)[A-Z]{1,2}[0-9][0-9A-Z]?\\s*[0-9][A-Z]{2}";
    private static final int MAX_NAME = 100;

    private ChildDetailsRules() {
    }

    static List<FieldError> check(ChildDetails d, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        name(errors, "legalForename", d.legalForename(), "Enter the child's legal first name", true);
        name(errors, "middleNames", d.middleNames(), null, false);
        name(errors, "legalSurname", d.legalSurname(), "Enter the child's legal last name", true);
        name(errors, "preferredForename", d.preferredForename(), null, false);
        name(errors, "preferredSurname", d.preferredSurname(), null, false);
        if (d.dateOfBirth() == null) {
            errors.add(new FieldError("dateOfBirth", "Enter the child's date of birth"));
        }
        else if (d.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be today or in the past"));
        }
        else if (d.dateOfBirth().isBefore(today.minusYears(25))) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be within the last 25 years"));
        }
        if (d.sex() == null) {
            errors.add(new FieldError("sex", "Select the child's sex, or 'Not known'"));
        }
        identifiers(d, errors);
        for (int i = 0; i < d.formerNames().size(); i++) {
            var n = d.formerNames().get(i);
            name(errors, "formerNames[" + i + "].forename", n.forename(), "Enter the former first name", true);
            name(errors, "formerNames[" + i + "].surname", n.surname(), "Enter the former last name", true);
        }
        addresses(d.addresses(), errors);
        carers(d.carers(), errors);
        for (int i = 0; i < d.characteristics().size(); i++) {
            var c = d.characteristics().get(i);
            String field = "characteristics[" + i + "]";
            if (c.type() == null) {
                errors.add(new FieldError(field + ".type", "Select the characteristic"));
            }
            period(errors, field, c.startsOn(), c.endsOn());
        }
        return errors;
    }

    /** The UPN and ULN by their check characters (docs/rules/identifiers.md), and each former UPN. */
    private static void identifiers(ChildDetails d, List<FieldError> errors) {
        if (d.upn() != null && Upn.problem(d.upn()) != null) {
            errors.add(new FieldError("upn", Upn.problem(d.upn())));
        }
        if (d.uln() != null && Uln.problem(d.uln()) != null) {
            errors.add(new FieldError("uln", Uln.problem(d.uln())));
        }
        for (int i = 0; i < d.formerUpns().size(); i++) {
            String upn = d.formerUpns().get(i);
            if (Upn.problem(upn) != null) {
                errors.add(new FieldError("formerUpns[" + i + "]", "Former " + Upn.problem(upn)));
            }
            else if (upn.equals(d.upn())) {
                errors.add(new FieldError("formerUpns[" + i + "]", "Former UPN " + upn + " is the current UPN"));
            }
        }
    }

    private static void addresses(List<ChildDetails.Address> addresses, List<FieldError> errors) {
        for (int i = 0; i < addresses.size(); i++) {
            var a = addresses.get(i);
            String field = "addresses[" + i + "]";
            if (blank(a.line1())) {
                errors.add(new FieldError(field + ".line1", "Enter the first line of the address"));
            }
            if (!blank(a.postcode()) && !a.postcode().trim().matches(POSTCODE)) {
                errors.add(new FieldError(field + ".postcode", "Enter a real postcode, like SW1A 1AA"));
            }
            period(errors, field, a.startsOn(), a.endsOn());
        }
    }

    private static void carers(List<ChildDetails.Carer> carers, List<FieldError> errors) {
        for (int i = 0; i < carers.size(); i++) {
            var c = carers.get(i);
            String field = "carers[" + i + "]";
            if (blank(c.name())) {
                errors.add(new FieldError(field + ".name", "Enter the carer's name"));
            }
            if (blank(c.relationship())) {
                errors.add(new FieldError(field + ".relationship", "Enter the carer's relationship to the child"));
            }
            if (!blank(c.email()) && !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new FieldError(field + ".email",
                        "Enter an email address in the correct format, like name@example.org"));
            }
        }
    }

    private static void name(List<FieldError> errors, String field, String value, String missing, boolean required) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, missing));
            }
        }
        else if (value.length() > MAX_NAME) {
            errors.add(new FieldError(field, "Name must be " + MAX_NAME + " characters or fewer"));
        }
        else if (!value.matches("[\\p{L}\\p{M}' .\\-’]+")) {
            errors.add(new FieldError(field, "Name must only include letters, spaces, hyphens and apostrophes"));
        }
    }

    private static void period(List<FieldError> errors, String field, LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            errors.add(new FieldError(field + ".endsOn", "End date must be the same as or after the start date"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
