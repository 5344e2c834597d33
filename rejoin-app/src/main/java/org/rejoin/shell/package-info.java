/**
 * The web shell: the page layout every screen sits in (header with the LA's name, service
 * navigation by role, phase banner, footer), sign-in, the home page for each role, error pages,
 * the accessibility statement, and the GOV.UK Frontend stylesheet served without the GDS
 * Transport font (a council service is not on GOV.UK).
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.rejoin.shell;
