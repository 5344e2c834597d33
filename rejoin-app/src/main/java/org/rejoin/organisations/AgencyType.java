package org.rejoin.organisations;

/** The partner agencies that refer children and answer enquiries. */
public enum AgencyType {
    HEALTH, POLICE, HOUSING, SOCIAL_CARE, YOUTH_JUSTICE, OTHER_LA, OTHER
}
