package org.rejoin.referrals;

/** Why the referrer thinks the child is missing education, or at risk of it. Stored by name. */
public enum ReferralReason {
    NEVER_STARTED_SCHOOL,
    LEFT_ROLL_NO_DESTINATION,
    NOT_ATTENDING,
    NEW_ARRIVAL,
    HOME_EDUCATION_CONCERN,
    WHEREABOUTS_UNKNOWN,
    OTHER
}
