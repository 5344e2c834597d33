/** What every module's REST API shares: the page format and the one problem-details error format. */
@org.springframework.modulith.NamedInterface("api")
package org.rejoin.platform.api;
