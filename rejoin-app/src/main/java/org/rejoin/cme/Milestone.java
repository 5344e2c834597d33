package org.rejoin.cme;

/** The steps of a CME case, in order (docs/rules/cme.md). Stored by name. */
public enum Milestone {
    /** Judged missing education, or at risk of it: the case opens. */
    IDENTIFIED,
    /** The child's address and carer are known and the LA is in touch (or the case went to their LA). */
    LOCATED,
    /** Key worker allocated, needs assessed, eligibility settled: the date of assessment. */
    NEEDS_DETERMINED,
    /** A place in suitable provision found: the date the form of provision was determined. */
    PROVISION_IDENTIFIED,
    /** The child started in the provision: the date entered provision. */
    PROVISION_ACCESSED,
    CLOSED,
    /** A closed case opened again when a placement broke down ("safety net"). */
    REOPENED;

    /** The steps a case goes through between opening (or reopening) and closing, in order. */
    public static final java.util.List<Milestone> STEPS = java.util.List.of(LOCATED, NEEDS_DETERMINED,
            PROVISION_IDENTIFIED, PROVISION_ACCESSED);
}
