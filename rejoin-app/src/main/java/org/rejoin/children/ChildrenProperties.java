package org.rejoin.children;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param connectionGracePeriod how long after a connection ends (a pupil leaves) the organisation
 *        still sees the child
 */
@ConfigurationProperties("rejoin.children")
public record ChildrenProperties(@DefaultValue("P12M") Period connectionGracePeriod) {
}
