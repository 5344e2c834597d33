package org.rejoin.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.rejoin.audit.AuditActor;
import org.rejoin.audit.Channel;
import org.rejoin.organisations.OrganisationKind;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user (or the user an API token acts for): identity, roles and organisation.
 * Services take it to decide what the user may see and to audit what they did.
 */
public final class RejoinUser implements UserDetails, CredentialsContainer, AuditActor {

    private final UUID id;
    private final String username;
    private final String displayName;
    private final UUID organisationId;
    private final String organisationName;
    private final OrganisationKind organisationKind;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final Channel channel;
    private String passwordHash;

    public RejoinUser(UUID id, String username, String displayName, UUID organisationId, String organisationName,
            OrganisationKind organisationKind, Set<Role> roles, String passwordHash, boolean enabled, boolean locked,
            Channel channel) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.channel = channel;
    }

    /** Rejoin itself, acting for the local authority (start-up, demo data, scheduled work). */
    public static RejoinUser system(UUID localAuthorityId, String localAuthorityName) {
        return new RejoinUser(null, "system", "Rejoin", localAuthorityId, localAuthorityName,
                OrganisationKind.LOCAL_AUTHORITY, EnumSet.of(Role.LA_ADMIN), null, true, false, Channel.SYSTEM);
    }

    public UUID id() {
        return id;
    }

    @Override
    public UUID userId() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public UUID organisationId() {
        return organisationId;
    }

    @Override
    public String organisationName() {
        return organisationName;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For templates: whether the user holds the role of this name. */
    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    public boolean hasAny(Collection<Role> any) {
        return any.stream().anyMatch(roles::contains);
    }

    /** One of the LA's managers or administrators ({@link Role#LA_MANAGERS}), as {@code @LaManagers} allows. */
    public boolean isLaManager() {
        return hasAny(Role.LA_MANAGERS);
    }

    /** LA staff see every child; everyone else only those connected to their organisation. */
    public boolean isLocalAuthorityStaff() {
        return organisationKind == OrganisationKind.LOCAL_AUTHORITY && hasAny(Role.LOCAL_AUTHORITY_STAFF);
    }

    /**
     * Whether the user may act for an organisation's own records (its roll, its returns, its marks):
     * LA staff for any; everyone else for their own organisation only (ADR 4).
     */
    /** The signed-in user of this request or job, if any. */
    public static java.util.Optional<RejoinUser> signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RejoinUser user
                ? java.util.Optional.of(user) : java.util.Optional.empty();
    }

    /**
     * Whether the user works with an establishment's own records (its roll, its registers): its own
     * school or provider users, or LA staff; not an agency, nor another school.
     */
    public boolean keepsRecordsOf(UUID establishmentId) {
        return actsFor(establishmentId) && (isLocalAuthorityStaff() || hasAny(List.of(Role.SCHOOL_USER, Role.PROVIDER_USER)));
    }

    public boolean actsFor(UUID organisationId) {
        return isLocalAuthorityStaff() || organisationId != null && organisationId.equals(this.organisationId);
    }

    @Override
    public Channel channel() {
        return channel;
    }

    /** The same user, acting through another channel (an API token rather than the web). */
    public RejoinUser via(Channel other) {
        return new RejoinUser(id, username, displayName, organisationId, organisationName, organisationKind, roles,
                passwordHash, enabled, locked, other);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(
                roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        if (channel == Channel.SYSTEM) {
            authorities.add(new SimpleGrantedAuthority("ROLE_SYSTEM"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RejoinUser that && Objects.equals(username, that.username)
                && channel == that.channel;
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "RejoinUser[" + username + "]";
    }
}
