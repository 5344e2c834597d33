package org.rejoin.linkage;

import java.util.List;

/**
 * The fields compared and their levels, strongest evidence first (ADR 10, "Comparison
 * levels"). Level 0 of every field is "missing": it carries no weight either way.
 */
public enum Field {
    UPN(List.of("missing or temporary", "same permanent UPN", "different permanent UPNs")),
    FORENAME(List.of("missing", "exact", "names swapped with surname", "nickname or transliteration of the same name",
            "Jaro-Winkler at least 0.92", "sounds the same", "crossed with a middle name", "initial only", "different")),
    MIDDLE_NAMES(List.of("missing", "same middle names", "share a middle name or initial", "different")),
    SURNAME(List.of("missing", "exact", "names swapped with forename", "shares a name (double-barrelled, changed)",
            "Jaro-Winkler at least 0.92", "sounds the same", "Jaro-Winkler at least 0.80", "different")),
    DATE_OF_BIRTH(List.of("missing", "exact", "day and month swapped", "one digit different", "same year and month",
            "within a year", "different")),
    SEX(List.of("missing", "same", "different")),
    POSTCODE(List.of("missing", "same postcode", "same sector", "same district", "different"));

    private final List<String> levels;

    Field(List<String> levels) {
        this.levels = levels;
    }

    /** The levels in plain words, as the caseworker reads them. */
    public List<String> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }

    /** The "exact" level, whose weight a rare or common value adjusts; -1 when the field has none. */
    public int exactLevel() {
        return this == FORENAME || this == SURNAME || this == DATE_OF_BIRTH ? 1 : -1;
    }
}
