package org.rejoin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request handler of Rejoin states who may call it: a handler without an authorisation
 * rule fails the build (the habit of UK government Spring services).
 */
@IntegrationTest
class AuthorisationRulesTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRejoinRequestHandlerHasAnAuthorisationRule() {
        var missing = new ArrayList<String>();
        int checked = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.rejoin")) {
                continue;
            }
            checked++;
            boolean ruled = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
            if (!ruled) {
                missing.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " "
                        + entry.getKey());
            }
        }
        assertThat(checked).as("handlers checked").isGreaterThan(30);
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }
}
