package org.rejoin.children.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.rejoin.children.ChildDetails;

/**
 * Standardises names for tolerant search: accents stripped, upper case, punctuation dropped,
 * with a Double Metaphone code for sound-alikes. Every name the child is or was known by
 * (legal, preferred, former) becomes a searchable pair.
 */
final class SearchNames {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    static {
        METAPHONE.setMaxCodeLen(8);
    }

    private SearchNames() {
    }

    static List<Child.SearchName> of(ChildDetails d) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        add(pairs, d.legalForename(), d.legalSurname());
        add(pairs, d.preferredForename(), d.legalSurname());
        add(pairs, d.legalForename(), d.preferredSurname());
        add(pairs, d.preferredForename(), d.preferredSurname());
        d.formerNames().forEach(n -> add(pairs, n.forename(), n.surname()));
        return pairs.stream().map(p -> new Child.SearchName(p.get(0), p.get(1), code(p.get(0)), code(p.get(1))))
                .toList();
    }

    private static void add(Set<List<String>> pairs, String forename, String surname) {
        String f = standardise(forename);
        String s = standardise(surname);
        if (!f.isEmpty() && !s.isEmpty()) {
            pairs.add(List.of(f, s));
        }
    }

    /** "Zoë O'Brien-Smith" becomes "ZOE OBRIEN SMITH". */
    static String standardise(String name) {
        if (name == null) {
            return "";
        }
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return stripped.toUpperCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^A-Z ]", " ").trim().replaceAll("\\s+", " ");
    }

    static String code(String standardised) {
        String code = METAPHONE.doubleMetaphone(standardised.replace(" ", ""));
        return code == null ? "" : code;
    }
}
