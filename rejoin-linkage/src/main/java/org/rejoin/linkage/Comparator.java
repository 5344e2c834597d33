package org.rejoin.linkage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** Compares two standardised records field by field, giving each field's level. Thread-safe. */
public final class Comparator {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    public static final int UPN_SAME = 1;
    public static final int UPN_DIFFERENT = 2;
    public static final int FORENAME_EXACT = 1;
    public static final int FORENAME_SWAPPED = 2;
    public static final int FORENAME_NICKNAME = 3;
    public static final int FORENAME_JW92 = 4;
    public static final int FORENAME_DIFFERENT = 8;
    public static final int SURNAME_EXACT = 1;
    public static final int SURNAME_SWAPPED = 2;
    public static final int SURNAME_SOUND = 5;
    public static final int SEX_DIFFERENT = 2;
    public static final int DOB_EXACT = 1;
    public static final int DOB_SWAPPED = 2;
    public static final int DOB_ONE_DIGIT = 3;
    public static final int POSTCODE_SAME = 1;

    /** The level of each field, in {@link Field} order. */
    public int[] compare(StandardRecord a, StandardRecord b) {
        boolean swapped = a.forename() != null && a.surname() != null && b.forename() != null && b.surname() != null
                && !a.forename().equals(b.forename()) && a.forename().equals(lastToken(b.surname()))
                && b.forename().equals(lastToken(a.surname()));
        return new int[] {upn(a, b), swapped ? FORENAME_SWAPPED : forename(a, b), middleNames(a, b),
                swapped ? SURNAME_SWAPPED : surname(a, b), dateOfBirth(a.dateOfBirth(), b.dateOfBirth()), sex(a, b),
                postcode(a, b)};
    }

    private static String lastToken(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    static int upn(StandardRecord a, StandardRecord b) {
        if (!a.hasPermanentUpn() || !b.hasPermanentUpn()) {
            return 0;
        }
        return a.upn().equals(b.upn()) ? UPN_SAME : UPN_DIFFERENT;
    }

    static int forename(StandardRecord a, StandardRecord b) {
        String x = a.forename();
        String y = b.forename();
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return FORENAME_EXACT;
        }
        if (a.forenameCanonical().equals(b.forenameCanonical())) {
            return FORENAME_NICKNAME;
        }
        if (x.length() > 1 && y.length() > 1 && JARO_WINKLER.apply(x, y) >= 0.92) {
            return FORENAME_JW92;
        }
        if (x.length() > 1 && y.length() > 1 && (a.forenameCode().equals(b.forenameCode()) && !a.forenameCode().isEmpty()
                || !Collections.disjoint(a.forenameSounds(), b.forenameSounds()))) {
            return 5;
        }
        if (crossed(x, b.middleNames()) || crossed(y, a.middleNames())) {
            return 6;
        }
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) {
            return 7;
        }
        return FORENAME_DIFFERENT;
    }

    /** A forename that is one of the other record's middle names. */
    private static boolean crossed(String forename, String middleNames) {
        if (middleNames == null) {
            return false;
        }
        for (String middle : middleNames.split(" ")) {
            if (middle.equals(forename)) {
                return true;
            }
        }
        return false;
    }

    static int middleNames(StandardRecord a, StandardRecord b) {
        String x = a.middleNames();
        String y = b.middleNames();
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        for (String p : x.split(" ")) {
            for (String q : y.split(" ")) {
                if (p.equals(q) || (p.length() == 1 || q.length() == 1) && p.charAt(0) == q.charAt(0)) {
                    return 2;
                }
            }
        }
        return 3;
    }

    static int surname(StandardRecord a, StandardRecord b) {
        String x = a.surname();
        String y = b.surname();
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return SURNAME_EXACT;
        }
        if (!Collections.disjoint(a.surnameTokens(), b.surnameTokens())) {
            return 3;
        }
        double similarity = JARO_WINKLER.apply(x, y);
        if (similarity >= 0.92) {
            return 4;
        }
        if (a.surnameCode().equals(b.surnameCode()) && !a.surnameCode().isEmpty()
                || !Collections.disjoint(a.surnameSounds(), b.surnameSounds())) {
            return 5;
        }
        return similarity >= 0.80 ? 6 : 7;
    }

    static int dateOfBirth(LocalDate x, LocalDate y) {
        if (x == null || y == null) {
            return 0;
        }
        if (x.equals(y)) {
            return DOB_EXACT;
        }
        if (x.getYear() == y.getYear() && x.getDayOfMonth() == y.getMonthValue() && x.getMonthValue() == y.getDayOfMonth()) {
            return DOB_SWAPPED;
        }
        if (digitsDiffer(x.toString(), y.toString()) == 1) {
            return DOB_ONE_DIGIT;
        }
        if (x.getYear() == y.getYear() && x.getMonthValue() == y.getMonthValue()) {
            return 4;
        }
        return Math.abs(ChronoUnit.DAYS.between(x, y)) <= 366 ? 5 : 6;
    }

    private static int digitsDiffer(String x, String y) {
        int differ = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differ++;
            }
        }
        return differ;
    }

    static int sex(StandardRecord a, StandardRecord b) {
        if (a.sex() == null || b.sex() == null) {
            return 0;
        }
        return a.sex().equals(b.sex()) ? 1 : SEX_DIFFERENT;
    }

    static int postcode(StandardRecord a, StandardRecord b) {
        if (a.postcode() == null || b.postcode() == null) {
            return 0;
        }
        if (a.postcode().equals(b.postcode())) {
            return POSTCODE_SAME;
        }
        if (a.postcodeSector().equals(b.postcodeSector())) {
            return 2;
        }
        return a.postcodeDistrict().equals(b.postcodeDistrict()) ? 3 : 4;
    }
}
