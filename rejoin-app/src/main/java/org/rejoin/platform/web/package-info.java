/** Helpers every module's web pages use: GOV.UK date inputs and errors on forms. */
@org.springframework.modulith.NamedInterface("web")
package org.rejoin.platform.web;
