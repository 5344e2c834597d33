package org.rejoin.platform;

/**
 * Who may call what, said once: the expressions behind the authorisation annotations of this
 * package ({@link LaStaff}, {@link LaAdmin}, ...). Put the annotation on a handler or a service,
 * never a copy of the expression.
 */
public final class Authorities {

    /** {@link Role#LOCAL_AUTHORITY_STAFF}; a test checks the two agree. */
    public static final String LA_STAFF = "hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER')";
    public static final String LA_ADMIN = "hasRole('LA_ADMIN')";
    public static final String LA_MANAGERS = "hasAnyRole('LA_ADMIN', 'LA_MANAGER')";
    public static final String LA_OR_ESTABLISHMENT_STAFF =
            "hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER', 'SCHOOL_USER', 'PROVIDER_USER')";
    public static final String ANY_ROLE =
            "hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER', 'SCHOOL_USER', 'PROVIDER_USER', 'AGENCY_USER')";
    public static final String CME_OVERSIGHT = "hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER')";
    public static final String REGISTRATION_KEEPERS = "hasAnyRole('LA_ADMIN', 'CME_OFFICER')";
    public static final String SIGNED_IN = "isAuthenticated()";
    /** For a method with an {@code establishmentId} parameter: LA admins, or the establishment's own users. */
    public static final String LA_ADMIN_OR_OWN_ESTABLISHMENT =
            "hasRole('LA_ADMIN') or (#establishmentId != null and #establishmentId == principal.organisationId())";
    public static final String LA_ADMIN_OR_REJOIN = "hasRole('LA_ADMIN') or hasRole('SYSTEM')";
    public static final String REJOIN_ITSELF = "hasRole('SYSTEM')";
    public static final String ANYONE = "permitAll()";

    private Authorities() {
    }
}
