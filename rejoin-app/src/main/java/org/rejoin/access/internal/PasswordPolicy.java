package org.rejoin.access.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.rejoin.access.AccessProperties;

import org.springframework.stereotype.Component;

/**
 * NCSC password guidance: length rather than composition rules, and a refusal of the
 * passwords attackers try first.
 */
@Component
class PasswordPolicy {

    private static final Set<String> COMMON = Set.of("password1234", "password12345", "123456789012",
            "qwertyuiop12", "letmein12345", "welcome12345", "iloveyou1234", "changeme1234", "passwordpassword",
            "administrator", "rejoinrejoin", "qwertyqwerty", "abcdefghijkl");

    private final AccessProperties properties;

    PasswordPolicy(AccessProperties properties) {
        this.properties = properties;
    }

    /** The reason a password is refused, or empty when it is acceptable. */
    Optional<String> check(String password, String username) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            return Optional.of("Password must be " + properties.minPasswordLength() + " characters or more");
        }
        if (password.length() > 128) {
            return Optional.of("Password must be 128 characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Password must not contain the username");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("Password is too easy to guess: use three random words");
        }
        return Optional.empty();
    }
}
