package org.rejoin.shell.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links on pages are written as the templates give them. Spring Boot registers a resource URL encoding
 * filter whenever the resource chain is on (webjars-locator-lite turns it on, for the versionless
 * {@code /webjars/govuk-frontend/...} paths). Because the static files are served from {@code /**}, that
 * filter looks every link of every page up on the classpath as a possible static file: for the 1,100
 * links of a 380-pupil roll, most of a second. Rejoin's assets have no versioned URLs to rewrite (no
 * resource chain strategy is set), so the filter is registered here, switched off. The webjars are still
 * served by their versionless paths, by the resource chain's resolver.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
