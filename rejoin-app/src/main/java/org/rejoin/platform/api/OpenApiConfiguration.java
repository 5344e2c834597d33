package org.rejoin.platform.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title and the Bearer token scheme every call uses. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Rejoin API", version = "v1",
        description = "Children missing education: the register, establishments and, in time, every capability of Rejoin. "
                + "Authenticate with an API token from your administrator: 'Authorization: Bearer rjn_...'. "
                + "Errors are RFC 9457 problem details; invalid input lists each field and rule in 'errors'."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
class OpenApiConfiguration {
}
