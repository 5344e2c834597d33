package org.rejoin.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local authority and its first administrator, created on the first start of a new
 * production database (when no local authority exists yet). Leave unset afterwards.
 *
 * @param laCode the LA's 3-digit code
 * @param laName the LA's name, as shown in the header
 * @param adminUsername the first administrator, who then creates everyone else
 * @param adminPassword their first password (12 characters or more)
 */
@ConfigurationProperties("rejoin.bootstrap")
public record BootstrapProperties(String laCode, String laName, String adminUsername, String adminEmail,
        String adminPassword) {

    public boolean isSet() {
        return laCode != null && !laCode.isBlank();
    }
}
