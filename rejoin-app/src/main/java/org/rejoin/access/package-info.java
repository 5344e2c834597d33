/**
 * Access: users, their roles and organisation, sign-in with lock-out, session time-out,
 * API tokens for system-to-system calls, and the Spring Security set-up that every request
 * passes through. Each user belongs to one organisation; school, provider and agency users
 * see only the children connected to it (enforced by the modules that own those children).
 * <p>Publishes no events and listens to none. Writes sign-in and administration actions to audit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.rejoin.access;
