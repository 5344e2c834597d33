/**
 * Platform: what every module stands on and no business rule lives in. The embedded
 * PostgreSQL default, the injected {@link java.time.Clock}, the API's problem-details
 * error format and the web shell's shared model attributes.
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.rejoin.platform;
