package org.rejoin.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The local authority's administrators, or the users of the establishment the method is about: its
 * {@code establishmentId} parameter names it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Authorities.LA_ADMIN_OR_OWN_ESTABLISHMENT)
public @interface LaAdminOrOwnEstablishment {
}
