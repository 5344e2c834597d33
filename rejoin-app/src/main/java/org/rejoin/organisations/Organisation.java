package org.rejoin.organisations;

import java.util.UUID;

/**
 * An organisation a user belongs to: the local authority, an establishment or an agency.
 *
 * @param laCode the 3-digit LA code of the LA itself, of another LA, or of an establishment's LA
 * @param agencyType set for agencies only
 */
public record Organisation(UUID id, OrganisationKind kind, String name, String laCode, AgencyType agencyType,
        String email, String telephone) {

    public boolean isLocalAuthority() {
        return kind == OrganisationKind.LOCAL_AUTHORITY;
    }
}
