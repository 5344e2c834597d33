package org.rejoin.organisations;

public enum OrganisationKind {
    LOCAL_AUTHORITY, ESTABLISHMENT, AGENCY
}
