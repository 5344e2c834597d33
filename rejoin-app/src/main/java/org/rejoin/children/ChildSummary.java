package org.rejoin.children;

import java.time.LocalDate;
import java.util.UUID;

/** A child as listed in search results and work queues. */
public record ChildSummary(UUID id, String legalForename, String legalSurname, String preferredForename,
        LocalDate dateOfBirth, Sex sex, String upn, String postcode, boolean dateOfBirthEstimated) {

    /** The forename the child goes by: the preferred one if recorded, else the legal one. */
    public String forename() {
        return preferredForename == null || preferredForename.isBlank() ? legalForename : preferredForename;
    }

    public String displayName() {
        return forename() + " " + legalSurname;
    }

    /** Surname first, as a register lists pupils. */
    public String registerName() {
        return legalSurname + ", " + forename();
    }
}
