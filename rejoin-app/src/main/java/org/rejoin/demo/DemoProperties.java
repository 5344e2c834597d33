package org.rejoin.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo LA into an empty database; when not set, it is loaded on the
 *        embedded default database only, never on an external one
 * @param children how many children to generate (250000 for benchmarks)
 * @param password the password of every demo user
 * @param attendance give the demo pupils this academic year's marks up to yesterday (off in the tests,
 *        which send their own)
 */
@ConfigurationProperties("rejoin.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("30000") int children,
        @DefaultValue("Kingsbridge-demo-2026") String password, @DefaultValue("true") boolean attendance) {
}
