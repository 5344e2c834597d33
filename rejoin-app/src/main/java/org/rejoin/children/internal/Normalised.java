package org.rejoin.children.internal;

import java.util.Locale;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.Upn;

/** Details as stored: text trimmed, blanks as null, identifiers in their canonical form. */
final class Normalised {

    private Normalised() {
    }

    static ChildDetails of(ChildDetails d) {
        return new ChildDetails(text(d.legalForename()), text(d.middleNames()), text(d.legalSurname()),
                text(d.preferredForename()), text(d.preferredSurname()), d.dateOfBirth(), d.dateOfBirthEstimated(),
                d.sex(), upn(d.upn()), text(d.uln() == null ? null : d.uln().replaceAll("\\s", "")),
                d.formerUpns().stream().map(Normalised::upn).filter(u -> u != null).distinct().toList(),
                d.formerNames().stream().map(n -> new ChildDetails.FormerName(text(n.forename()), text(n.surname()),
                        n.usedUntil())).toList(),
                d.addresses().stream().map(a -> new ChildDetails.Address(text(a.line1()), text(a.line2()),
                        text(a.town()), postcode(a.postcode()), a.startsOn(), a.endsOn())).toList(),
                d.carers().stream().map(c -> new ChildDetails.Carer(text(c.name()), text(c.relationship()),
                        c.parentalResponsibility(), text(c.telephone()), text(c.email()), text(c.address()))).toList(),
                d.characteristics().stream().map(c -> new ChildDetails.Characteristic(c.type(), text(c.detail()),
                        c.startsOn(), c.endsOn())).toList());
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static String upn(String s) {
        String t = text(s);
        return t == null ? null : Upn.normalise(t);
    }

    /** "sw1a1aa" becomes "SW1A 1AA". */
    static String postcode(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        String compact = t.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3) : compact;
    }
}
