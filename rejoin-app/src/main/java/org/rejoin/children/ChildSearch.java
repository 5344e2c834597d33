package org.rejoin.children;

import java.time.LocalDate;

/**
 * What to look for. Names are matched tolerantly (misspellings, sound-alikes, former names);
 * the other criteria exactly. Every criterion given must match.
 *
 * @param name a forename, a surname, or both
 * @param upn a current or former UPN
 * @param postcode of any address, current or past
 */
public record ChildSearch(String name, LocalDate dateOfBirth, String upn, String postcode) {

    public boolean isEmpty() {
        return blank(name) && dateOfBirth == null && blank(upn) && blank(postcode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
