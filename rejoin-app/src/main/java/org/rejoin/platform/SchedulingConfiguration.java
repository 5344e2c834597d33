package org.rejoin.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Work Rejoin does by itself on a timetable (the Year 6 to 7 transition check), so nobody has to remember it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
