package org.rejoin.access;

import java.util.EnumSet;
import java.util.Set;

import org.rejoin.organisations.OrganisationKind;

/** What a user does in Rejoin. A user may hold several roles, all fitting their organisation. */
public enum Role {
    LA_ADMIN(OrganisationKind.LOCAL_AUTHORITY),
    LA_MANAGER(OrganisationKind.LOCAL_AUTHORITY),
    CME_OFFICER(OrganisationKind.LOCAL_AUTHORITY),
    KEY_WORKER(OrganisationKind.LOCAL_AUTHORITY),
    SCHOOL_USER(OrganisationKind.ESTABLISHMENT),
    PROVIDER_USER(OrganisationKind.ESTABLISHMENT),
    AGENCY_USER(OrganisationKind.AGENCY);

    /** LA staff: they see every child the LA is responsible for. */
    public static final Set<Role> LOCAL_AUTHORITY_STAFF = EnumSet.of(LA_ADMIN, LA_MANAGER, CME_OFFICER, KEY_WORKER);

    /** The LA's managers and administrators: they set its policy (CME targets, term dates, requests to schools). */
    public static final Set<Role> LA_MANAGERS = EnumSet.of(LA_ADMIN, LA_MANAGER);

    /** The LA's CME team: its officers, their managers and administrators, as {@code @CmeOversight} allows. */
    public static final Set<Role> CME_TEAM = EnumSet.of(LA_ADMIN, LA_MANAGER, CME_OFFICER);

    private final OrganisationKind organisationKind;

    Role(OrganisationKind organisationKind) {
        this.organisationKind = organisationKind;
    }

    /** The kind of organisation a holder of this role belongs to. */
    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
