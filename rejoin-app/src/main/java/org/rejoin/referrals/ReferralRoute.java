package org.rejoin.referrals;

/** How the referral reached the LA. */
public enum ReferralRoute {
    /** A signed-in school, provider or agency user sent the online form. */
    ONLINE_FORM,
    /** LA staff recorded a phone call, visit or letter. */
    LA_RECORDED,
    /** A system called {@code POST /api/v1/referrals}. */
    API,
    /** Another module raised it (a leaver without destination, an attendance threshold). */
    EVENT
}
