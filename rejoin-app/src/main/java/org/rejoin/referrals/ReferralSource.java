package org.rejoin.referrals;

/** Who made the referral. Stored by name. */
public enum ReferralSource {
    SCHOOL,
    ALTERNATIVE_PROVIDER,
    AGENCY,
    OTHER_LOCAL_AUTHORITY,
    LA_SERVICE,
    PARENT_OR_CARER,
    MEMBER_OF_PUBLIC,
    CHILD_OR_YOUNG_PERSON,
    OTHER
}
