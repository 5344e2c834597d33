package org.rejoin.referrals;

/** The CME officer's decision on a referral. Stored by name. */
public enum TriageDecision {
    /** Not on a roll and not receiving suitable education otherwise: a CME case opens. */
    MISSING_EDUCATION,
    /** On a roll or in provision, but at risk of going missing: a CME case opens. */
    AT_RISK,
    /** Known and in suitable provision: closed, with the reason. */
    KNOWN_IN_PROVISION,
    /** Lives in another LA: transferred, with the LA named and the date sent. */
    OTHER_LA;

    public boolean opensCase() {
        return this == MISSING_EDUCATION || this == AT_RISK;
    }
}
