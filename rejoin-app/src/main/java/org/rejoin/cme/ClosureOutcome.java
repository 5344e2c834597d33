package org.rejoin.cme;

/** Why a CME case closed (docs/rules/cme.md). Stored by name. */
public enum ClosureOutcome {
    IN_SCHOOL(true, false),
    IN_ALTERNATIVE_PROVISION(true, false),
    ELECTIVE_HOME_EDUCATION(false, false),
    MOVED_TO_OTHER_LA(false, true),
    LOCATED_ABROAD(false, false),
    OVER_COMPULSORY_SCHOOL_AGE(false, false),
    DECEASED(false, false);

    private final boolean needsProvisionAccessed;
    private final boolean needsDestination;

    ClosureOutcome(boolean needsProvisionAccessed, boolean needsDestination) {
        this.needsProvisionAccessed = needsProvisionAccessed;
        this.needsDestination = needsDestination;
    }

    /** A child closed as in school or AP must have been recorded as entering it. */
    public boolean needsProvisionAccessed() {
        return needsProvisionAccessed;
    }

    /** A move to another LA names the LA and its receiving contact. */
    public boolean needsDestination() {
        return needsDestination;
    }
}
