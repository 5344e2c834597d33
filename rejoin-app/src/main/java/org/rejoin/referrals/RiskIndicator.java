package org.rejoin.referrals;

/**
 * The life events that put a child at risk of missing education (docs/rules/cme.md, "Identify child at
 * risk of going missing from education"). Stored by name.
 */
public enum RiskIndicator {
    OFFENDING,
    WOMENS_REFUGE,
    HOMELESS_OR_TEMPORARY_ACCOMMODATION,
    RUNAWAY,
    LONG_TERM_MEDICAL_OR_EMOTIONAL,
    ASYLUM_SEEKER_OR_REFUGEE,
    LOOKED_AFTER,
    GYPSY_ROMA_TRAVELLER,
    YOUNG_CARER,
    TRANSIENT_FAMILY,
    TEENAGE_PARENT,
    PERMANENTLY_EXCLUDED
}
