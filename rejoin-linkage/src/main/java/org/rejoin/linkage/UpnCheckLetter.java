package org.rejoin.linkage;

/**
 * The UPN check letter: DfE "Unique pupil numbers" guide v1.2, Annex A (docs/rules/identifiers.md). Characters
 * 2 to 13 are multiplied by their position (2 to 13), a letter in position 13 (a temporary UPN)
 * counting as its index in the table; the sum mod 23 indexes the check letter.
 */
public final class UpnCheckLetter {

    /** The 23 letters a check letter or a temporary UPN's last character can be: no I, O or S. */
    public static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UpnCheckLetter() {
    }

    /** The check letter for the 12 characters that follow it (or a whole UPN, whose first is ignored). */
    public static char of(String upn) {
        String tail = upn.length() == 13 ? upn.substring(1) : upn;
        int sum = 0;
        for (int position = 2; position <= 13; position++) {
            char c = tail.charAt(position - 2);
            sum += (Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c)) * position;
        }
        return LETTERS.charAt(sum % 23);
    }

    /** Whether a string is a well-formed UPN with the right check letter. */
    public static boolean isValid(String upn) {
        return upn != null && upn.matches("[A-HJ-NP-RT-Z][0-9]{11}[0-9A-HJ-NP-RT-Z]") && of(upn) == upn.charAt(0);
    }

    /** A whole UPN from its 12 characters after the check letter. */
    public static String complete(String tail) {
        return of(tail) + tail;
    }
}
