package org.rejoin.cme.internal;

import java.util.ArrayList;

import org.rejoin.cme.CmeTargets.NewTargets;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

/** A manager's CME targets checked: each a whole number of school days from 1 to 100 (docs/rules/cme.md). */
final class TargetsCheck {

    /** Rejoin's bound, not the law's (which sets no number): more than a school year and a half is a slip of the keyboard. */
    static final int MOST = 100;

    private TargetsCheck() {
    }

    /** @throws InvalidInputException naming every target out of range */
    static void check(NewTargets t) {
        var errors = new ArrayList<FieldError>();
        range(errors, "missingThreshold", "The days out of provision that count as missing education", t.missingThreshold());
        range(errors, "locateWithin", "The target to locate the child", t.locateWithin());
        range(errors, "provisionDeterminedWithin", "The target to determine the form of provision", t.provisionDeterminedWithin());
        range(errors, "inProvisionWithin", "The target for the child to be in provision", t.inProvisionWithin());
        if (errors.isEmpty() && t.inProvisionWithin() < t.locateWithin()) {
            errors.add(new FieldError("inProvisionWithin", "The target for the child to be in provision cannot come before"
                    + " the target to locate them (" + t.locateWithin() + " school days)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void range(java.util.List<FieldError> errors, String field, String what, Integer days) {
        if (days == null) {
            errors.add(new FieldError(field, what + " is needed, in school days"));
        }
        else if (days < 1 || days > MOST) {
            errors.add(new FieldError(field, what + " must be from 1 to " + MOST + " school days"));
        }
    }
}
