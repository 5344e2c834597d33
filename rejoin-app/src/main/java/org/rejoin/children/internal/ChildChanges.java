package org.rejoin.children.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.rejoin.children.ChildDetails;
import org.rejoin.audit.FieldChange;

/** The fields that differ between two versions of a child's details, for the audit trail. */
final class ChildChanges {

    private ChildChanges() {
    }

    static List<FieldChange> between(ChildDetails before, ChildDetails after) {
        var changes = new ArrayList<FieldChange>();
        compare(changes, "legalForename", before, after, ChildDetails::legalForename);
        compare(changes, "middleNames", before, after, ChildDetails::middleNames);
        compare(changes, "legalSurname", before, after, ChildDetails::legalSurname);
        compare(changes, "preferredForename", before, after, ChildDetails::preferredForename);
        compare(changes, "preferredSurname", before, after, ChildDetails::preferredSurname);
        compare(changes, "dateOfBirth", before, after, ChildDetails::dateOfBirth);
        compare(changes, "dateOfBirthEstimated", before, after, ChildDetails::dateOfBirthEstimated);
        compare(changes, "sex", before, after, ChildDetails::sex);
        compare(changes, "upn", before, after, ChildDetails::upn);
        compare(changes, "uln", before, after, ChildDetails::uln);
        compare(changes, "formerUpns", before, after, ChildDetails::formerUpns);
        compare(changes, "formerNames", before, after, ChildDetails::formerNames);
        compare(changes, "addresses", before, after, ChildDetails::addresses);
        compare(changes, "carers", before, after, ChildDetails::carers);
        compare(changes, "characteristics", before, after, ChildDetails::characteristics);
        return changes;
    }

    /** A new record, as changes from nothing. */
    static List<FieldChange> created(ChildDetails details) {
        return between(ChildDetails.NONE, details);
    }

    private static void compare(List<FieldChange> changes, String field, ChildDetails before, ChildDetails after,
            Function<ChildDetails, Object> value) {
        String b = text(value.apply(before));
        String a = text(value.apply(after));
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String text(Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty() || Boolean.FALSE.equals(value)) {
            return null;
        }
        return value.toString();
    }
}
