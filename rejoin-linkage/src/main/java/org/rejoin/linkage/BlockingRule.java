package org.rejoin.linkage;

import java.util.List;

/**
 * The OR-ed blocking rules of ADR 10, each strict: a pair is compared when it shares the key
 * of at least one rule. A rule gives a record the keys it is found by ("probe" keys may differ
 * from "index" keys: the swapped date of birth is looked up against the real one).
 */
public enum BlockingRule {
    SAME_UPN("same valid permanent UPN"),
    DOB_AND_SURNAME_SOUND("date of birth and surname sound"),
    DOB_AND_FORENAME_SOUND("date of birth and forename sound"),
    SWAPPED_DOB_AND_SEX("date of birth with day and month swapped, and sex"),
    NAMES_AND_BIRTH_YEAR("forename sound, surname sound and year of birth"),
    POSTCODE_AND_BIRTH_YEAR("postcode and year of birth"),
    NAMES_AND_BIRTHDAY("forename, surname sound, and day and month of birth (a mistyped year)"),
    NAMES_AND_POSTCODE("forename, surname sound and postcode (a missing date of birth)"),
    SWAPPED_NAMES_AND_DOB("forename and surname swapped, and date of birth");

    private final String description;

    BlockingRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The keys a record is indexed under for this rule; empty when it lacks the fields. */
    List<String> indexKeys(StandardRecord r) {
        return switch (this) {
            case SWAPPED_DOB_AND_SEX -> r.dateOfBirth() == null || r.sex() == null ? List.of()
                    : List.of(r.dateOfBirth() + "|" + r.sex());
            case SWAPPED_NAMES_AND_DOB -> r.dateOfBirth() == null || r.forenameCode() == null || r.surnameCode() == null
                    ? List.of() : List.of(r.dateOfBirth() + "|" + r.forenameCode() + "|" + r.surnameCode());
            default -> probeKeys(r);
        };
    }

    /** The keys a record looks up under this rule. */
    List<String> probeKeys(StandardRecord r) {
        return switch (this) {
            case SAME_UPN -> r.hasPermanentUpn() ? List.of(r.upn()) : List.of();
            case DOB_AND_SURNAME_SOUND -> r.dateOfBirth() == null || r.surnameCode() == null ? List.of()
                    : List.of(r.dateOfBirth() + "|" + r.surnameCode());
            case DOB_AND_FORENAME_SOUND -> r.dateOfBirth() == null || r.forenameCode() == null ? List.of()
                    : List.of(r.dateOfBirth() + "|" + r.forenameCanonical());
            case SWAPPED_DOB_AND_SEX -> r.swappedDateOfBirth() == null || r.sex() == null ? List.of()
                    : List.of(r.swappedDateOfBirth() + "|" + r.sex());
            case NAMES_AND_BIRTH_YEAR -> r.dateOfBirth() == null || r.forenameCode() == null || r.surnameCode() == null
                    ? List.of() : List.of(r.forenameCode() + "|" + r.surnameCode() + "|" + r.dateOfBirth().getYear());
            case POSTCODE_AND_BIRTH_YEAR -> r.postcode() == null || r.dateOfBirth() == null ? List.of()
                    : List.of(r.postcode() + "|" + r.dateOfBirth().getYear());
            case NAMES_AND_BIRTHDAY -> r.dateOfBirth() == null || r.forenameCanonical() == null || r.surnameCode() == null
                    ? List.of() : List.of(r.forenameCanonical() + "|" + r.surnameCode() + "|"
                            + r.dateOfBirth().getMonthValue() + "-" + r.dateOfBirth().getDayOfMonth());
            case NAMES_AND_POSTCODE -> r.postcode() == null || r.forenameCanonical() == null || r.surnameCode() == null
                    ? List.of() : List.of(r.forenameCanonical() + "|" + r.surnameCode() + "|" + r.postcode());
            case SWAPPED_NAMES_AND_DOB -> r.dateOfBirth() == null || r.forenameCode() == null || r.surnameCode() == null
                    ? List.of() : List.of(r.dateOfBirth() + "|" + r.surnameCode() + "|" + r.forenameCode());
        };
    }
}
