package org.rejoin.organisations.internal;

import java.util.ArrayList;
import java.util.UUID;

import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

import org.springframework.util.StringUtils;

/**
 * A partner agency to add, checked and tidied: a name, a kind, a 3-digit LA code for another LA (and only digits for
 * any other), and an email address if one is given. Pure.
 */
final class AgencyCheck {

    private AgencyCheck() {
    }

    /** The agency as it will be stored, with a new id; throws naming every field at fault. */
    static Organisation checked(NewAgency a) {
        var errors = new ArrayList<FieldError>();
        if (!StringUtils.hasText(a.name()) || a.name().trim().length() > 200) {
            errors.add(new FieldError("name", "Enter the agency's name, 200 characters or fewer"));
        }
        AgencyType type = type(a.agencyType());
        if (type == null) {
            errors.add(new FieldError("agencyType", "Select the kind of agency"));
        }
        String laCode = trimmed(a.laCode());
        if (type == AgencyType.OTHER_LA && (laCode == null || !laCode.matches("\\d{3}"))) {
            errors.add(new FieldError("laCode", "Enter the other LA's 3-digit LA code"));
        }
        else if (laCode != null && !laCode.matches("\\d{3}")) {
            errors.add(new FieldError("laCode", "LA code must be 3 digits"));
        }
        String email = trimmed(a.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.org"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Organisation(UUID.randomUUID(), OrganisationKind.AGENCY, a.name().trim(), laCode, type, email,
                trimmed(a.telephone()));
    }

    private static AgencyType type(String name) {
        if (!StringUtils.hasText(name)) {
            return null;
        }
        try {
            return AgencyType.valueOf(name);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return StringUtils.hasText(value) ? value.trim() : null;
    }
}
