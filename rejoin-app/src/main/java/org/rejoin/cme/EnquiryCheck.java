package org.rejoin.cme;

/**
 * The checks an officer makes to locate a child (the locate step; CME statutory
 * guidance). All but {@link #OTHER} make the checklist. Stored by name.
 */
public enum EnquiryCheck {
    HOME_VISIT,
    FAMILY_OR_NEIGHBOURS,
    SCHOOL,
    GP_OR_HEALTH,
    HOUSING,
    POLICE,
    CHILDRENS_SOCIAL_CARE,
    BENEFITS,
    OTHER_LOCAL_AUTHORITIES,
    LOST_PUPIL_RECORDS,
    BORDER_CHECKS,
    OTHER
}
