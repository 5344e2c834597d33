package org.rejoin.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every deadline and timestamp reads; tests replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** England's schools work to UK local time. */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
