package org.rejoin.children;

import java.util.Locale;

import org.rejoin.linkage.UpnCheckLetter;

/**
 * A Unique Pupil Number. DfE "Unique pupil numbers" guide v1.2, Annex A (docs/rules/identifiers.md): a check
 * letter, LA code (3 digits), establishment number (4), the last two digits of the allocating
 * academic year, and a 3-digit serial; a temporary UPN ends in a letter instead of its last digit.
 */
public record Upn(String value) {

    private static final String LETTERS = UpnCheckLetter.LETTERS;

    public Upn {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** A UPN's length: a letter, 11 digits, and a digit or letter. */
    public static final int LENGTH = 13;

    /** Reads a UPN typed by a person: spaces removed, letters upper-cased. */
    public static Upn parse(String text) {
        return new Upn(normalise(text));
    }

    public static String normalise(String text) {
        return text == null ? null : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** Why a string is not a valid UPN, or null when it is one. */
    public static String problem(String value) {
        if (value == null || !value.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            return "UPN must be 13 characters: a letter, 11 digits, then a digit or a letter";
        }
        if (LETTERS.indexOf(value.charAt(0)) < 0 || (Character.isLetter(value.charAt(12)) && LETTERS.indexOf(value.charAt(12)) < 0)) {
            return "UPN must not use the letters I, O or S";
        }
        char expected = checkLetter(value);
        if (value.charAt(0) != expected) {
            return "UPN check letter is wrong: " + value + " should start with " + expected;
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** Annex A check letter, computed by the matching engine's one implementation. */
    static char checkLetter(String upn) {
        return UpnCheckLetter.of(upn);
    }

    /** A temporary UPN ends in a letter; it is weak evidence of identity. */
    public boolean isTemporary() {
        return Character.isLetter(value.charAt(12));
    }

    public String laCode() {
        return value.substring(1, 4);
    }

    /** docs/rules/identifiers.md: LA-allocated UPNs use dummy establishment numbers 3950 to 3999. */
    public boolean isLocalAuthorityAllocated() {
        int establishment = Integer.parseInt(value.substring(4, 8));
        return establishment >= 3950 && establishment <= 3999;
    }

    @Override
    public String toString() {
        return value;
    }
}
