package org.rejoin.linkage;

import java.time.LocalDate;
import java.util.Set;

/**
 * A record standardised once for comparison: names upper-cased without accents or punctuation
 * with their phonetic codes, the nickname-canonical forename, the day/month-swapped date of
 * birth, the UPN's kind, and the postcode's sector, district and area. The original is kept.
 */
public record StandardRecord(
        PersonRecord original,
        String forename, String forenameCanonical, String forenameCode, Set<String> forenameSounds,
        String middleNames,
        String surname, Set<String> surnameTokens, String surnameCode, Set<String> surnameSounds,
        LocalDate dateOfBirth, LocalDate swappedDateOfBirth,
        Character sex,
        String upn, boolean upnPermanent,
        String postcode, String postcodeSector, String postcodeDistrict, String postcodeArea) {

    public String id() {
        return original.id();
    }

    public boolean hasPermanentUpn() {
        return upn != null && upnPermanent;
    }
}
