package org.rejoin.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Administers users and their API tokens. Every change is audited. */
public interface UserAccounts {

    List<UserSummary> list();

    Optional<UserSummary> find(UUID id);

    /** Enabled LA staff, by name: who may be a case's key worker. Any LA staff member may ask. */
    List<UserSummary> localAuthorityStaff();

    /**
     * The display names of these users, by id, in one query: for lists that name who holds
     * something (a case's key worker). Any LA staff member may ask.
     */
    Map<UUID, String> displayNames(Collection<UUID> userIds);

    /**
     * The display name of the user with this username, as pages name who did something (records keep
     * the username): anyone signed in may ask, as they may see what that user did.
     */
    java.util.Optional<String> displayNameOf(String username);

    UserSummary create(NewUser user, RejoinUser by);

    /** Sets a new password, clears failed sign-ins and lifts any lock-out. */
    void resetPassword(UUID userId, String newPassword, RejoinUser by);

    void setEnabled(UUID userId, boolean enabled, RejoinUser by);

    List<ApiTokenSummary> tokens(UUID userId);

    CreatedApiToken createToken(UUID userId, String name, RejoinUser by);

    void revokeToken(UUID tokenId, RejoinUser by);
}
