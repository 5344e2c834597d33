package org.rejoin.access;

import java.util.Set;
import java.util.UUID;

/** A user to create; the password is the first one, to be changed by the user. */
public record NewUser(String username, String displayName, String email, UUID organisationId, Set<Role> roles,
        String password) {
}
