package org.rejoin.children;

import java.time.LocalDate;
import java.util.UUID;

/** A child as listed in search results and work queues. */
public record ChildSummary(UUID id, String legalForename, String legalSurname, String preferredForename,
        LocalDate dateOfBirth, Sex sex, String upn, String postcode) {

    public String displayName() {
        return (preferredForename == null || preferredForename.isBlank() ? legalForename : preferredForename) + " "
                + legalSurname;
    }
}
