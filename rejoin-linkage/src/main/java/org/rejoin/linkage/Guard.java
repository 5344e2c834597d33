package org.rejoin.linkage;

/** Evidence that sends a pair to review however high it scores (ADR 10, "Decisions and guards"). */
public enum Guard {
    TWINS("Possible twins: same date of birth, surname and address, and forenames not identical"),
    DIFFERENT_PERMANENT_UPNS("The records have two different permanent UPNs"),
    SEX_DIFFERS_AND_FORENAME_WEAK("Sex differs and the forenames are not clearly the same"),
    AMBIGUOUS("One of the two records is an automatic match for another record too: a person decides which, if any, is the same child");

    private final String description;

    Guard(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
