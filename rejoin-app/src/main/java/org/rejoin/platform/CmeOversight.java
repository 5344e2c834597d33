package org.rejoin.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * LA administrators, managers and CME officers ({@code Role.CME_TEAM}): the CME figures for managers, and
 * the LA's part of the joint enquiries on a deletion.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize(Authorities.CME_OVERSIGHT)
public @interface CmeOversight {
}
