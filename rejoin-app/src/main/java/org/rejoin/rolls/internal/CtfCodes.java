package org.rejoin.rolls.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rejoin.children.Sex;

/** The codes a Common Transfer File uses where the register keeps words (DfE CTF specification). */
final class CtfCodes {

    /** Contact relationship codes (Common Basic Data Set) and the words the register keeps. */
    private static final Map<String, String> RELATIONSHIPS = new LinkedHashMap<>();
    /** Words for a relative the code list has no code of its own for. */
    private static final Set<String> OTHER_RELATIVES = Set.of("grandmother", "grandfather", "grandparent", "aunt",
            "uncle", "brother", "sister", "sibling", "cousin");

    static {
        RELATIONSHIPS.put("PAM", "Mother");
        RELATIONSHIPS.put("PAF", "Father");
        RELATIONSHIPS.put("STM", "Step-mother");
        RELATIONSHIPS.put("STF", "Step-father");
        RELATIONSHIPS.put("FOM", "Foster mother");
        RELATIONSHIPS.put("FOF", "Foster father");
        RELATIONSHIPS.put("CAR", "Carer");
        RELATIONSHIPS.put("CHM", "Childminder");
        RELATIONSHIPS.put("DOC", "Doctor");
        RELATIONSHIPS.put("FAM", "Other family member");
        RELATIONSHIPS.put("REL", "Other relative");
        RELATIONSHIPS.put("SWR", "Social worker");
        RELATIONSHIPS.put("OTH", "Other contact");
    }

    private CtfCodes() {
    }

    /** The register's word for a relationship code; an unknown code is kept as it is, so nothing is lost. */
    static String relationship(String code) {
        if (code == null || code.isBlank()) {
            return RELATIONSHIPS.get("OTH");
        }
        return RELATIONSHIPS.getOrDefault(code.trim().toUpperCase(Locale.ROOT), code.trim());
    }

    /** The code for the register's word: its own code, REL for a relative it has none for, else OTH. */
    static String relationshipCode(String word) {
        if (word == null) {
            return "OTH";
        }
        String w = word.trim();
        for (var e : RELATIONSHIPS.entrySet()) {
            if (e.getValue().equalsIgnoreCase(w) || e.getKey().equalsIgnoreCase(w)) {
                return e.getKey();
            }
        }
        if (w.equalsIgnoreCase("Mum")) {
            return "PAM";
        }
        if (w.equalsIgnoreCase("Dad")) {
            return "PAF";
        }
        return OTHER_RELATIVES.contains(w.toLowerCase(Locale.ROOT)) ? "REL" : "OTH";
    }

    static Sex sex(String code) {
        return switch (code) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> Sex.NOT_KNOWN;
        };
    }

    /** M or F; null when not known (the specification has no code a receiving MIS reads for it). */
    static String sexCode(Sex sex) {
        return sex == Sex.MALE ? "M" : sex == Sex.FEMALE ? "F" : null;
    }
}
