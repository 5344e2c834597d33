package org.rejoin.organisations;

/** Groups of GIAS establishment types that users filter by. */
public enum EstablishmentGroup {
    /** GIAS types of establishment 14, 38, 42, 43 (docs/rules/identifiers.md). */
    ALTERNATIVE_PROVISION,
    /** GIAS types of establishment 10, 11 (docs/rules/identifiers.md). */
    INDEPENDENT,
    /** Every other type: maintained schools, academies, free schools, special schools. */
    STATE_FUNDED_SCHOOL
}
