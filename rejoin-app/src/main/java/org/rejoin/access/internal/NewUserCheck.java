package org.rejoin.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rejoin.access.NewUser;
import org.rejoin.access.Role;
import org.rejoin.organisations.Organisation;
import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * A new user checked: a username of the allowed characters, a name, an email address, an organisation and roles
 * meant for that kind of organisation. What needs the database (whether the username is taken, the organisation,
 * the password policy's verdict) comes in as parameters. Pure.
 */
final class NewUserCheck {

    private NewUserCheck() {
    }

    /** The username as it will be stored: trimmed, empty for none. */
    static String username(NewUser user) {
        return user.username() == null ? "" : user.username().trim();
    }

    /** Whether a username has only the allowed characters, before asking whether it is taken. */
    static boolean wellFormed(String username) {
        return username.matches("[A-Za-z0-9._@-]{3,64}");
    }

    /** Everything wrong with the new user, field by field; empty when the user can be created. */
    static List<FieldError> problems(NewUser user, boolean usernameTaken, Optional<Organisation> organisation,
            Optional<String> passwordProblem) {
        var problems = new ArrayList<FieldError>();
        String username = username(user);
        if (!wellFormed(username)) {
            problems.add(new FieldError("username", "Username must be 3 to 64 letters, digits, dots, hyphens, underscores or @"));
        }
        else if (usernameTaken) {
            problems.add(new FieldError("username", "Username " + username + " is already in use"));
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            problems.add(new FieldError("displayName", "Enter the user's full name"));
        }
        if (user.email() == null || !user.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldError("email", "Enter an email address in the correct format, like name@example.org"));
        }
        if (organisation.isEmpty()) {
            problems.add(new FieldError("organisationId", "Select the user's organisation"));
        }
        if (user.roles() == null || user.roles().isEmpty()) {
            problems.add(new FieldError("roles", "Select at least one role"));
        }
        else {
            organisation.ifPresent(o -> user.roles().stream().filter(r -> r.organisationKind() != o.kind())
                    .forEach(r -> problems.add(new FieldError("roles",
                            "Role " + r + " is for a user of " + describe(r) + ", not of " + o.name()))));
        }
        passwordProblem.ifPresent(m -> problems.add(new FieldError("password", m)));
        return problems;
    }

    private static String describe(Role role) {
        return switch (role.organisationKind()) {
            case LOCAL_AUTHORITY -> "the local authority";
            case ESTABLISHMENT -> "an establishment";
            case AGENCY -> "an agency";
        };
    }
}
