package org.rejoin.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param maxFailedSignIns failed sign-ins in a row before the account is locked
 * @param lockDuration how long a locked account stays locked (an administrator can lift it sooner)
 * @param minPasswordLength NCSC advice: length over complexity
 * @param bcryptStrength work factor of the password hash (each step doubles the work)
 */
@ConfigurationProperties("rejoin.access")
public record AccessProperties(
        @DefaultValue("5") int maxFailedSignIns,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("12") int bcryptStrength) {
}
