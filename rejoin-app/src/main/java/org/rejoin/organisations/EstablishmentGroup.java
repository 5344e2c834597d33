package org.rejoin.organisations;

/** Groups of GIAS establishment types that users filter by. */
public enum EstablishmentGroup {
    /** RULES.md 1: types 14, 38, 42, 43. */
    ALTERNATIVE_PROVISION,
    /** RULES.md 1: types 10, 11. */
    INDEPENDENT,
    /** Every other type: maintained schools, academies, free schools, special schools. */
    STATE_FUNDED_SCHOOL
}
