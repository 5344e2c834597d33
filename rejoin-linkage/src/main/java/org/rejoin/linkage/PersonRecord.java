package org.rejoin.linkage;

import java.time.LocalDate;

/**
 * One record about a child, as any source gives it; every field but the id may be missing.
 *
 * @param sex 'F', 'M' or null
 */
public record PersonRecord(String id, String forename, String middleNames, String surname, LocalDate dateOfBirth,
        Character sex, String upn, String postcode) {
}
