package org.rejoin.access.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.rejoin.access.AccessProperties;
import org.rejoin.access.RejoinUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains: the REST API under {@code /api/**}, stateless with Bearer tokens and
 * problem-details errors; and the web UI, with form sign-in, CSRF protection, session time-out
 * and sign-out. Authorisation rules live on every handler and service method
 * ({@code @PreAuthorize}); a test fails when a handler has none.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Paths anyone may reach without signing in. */
    static final String[] PUBLIC_PATHS = {"/sign-in", "/webjars/**", "/css/**", "/js/**", "/images/**",
            "/favicon.ico", "/actuator/health/**", "/error", "/accessibility", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    @Bean
    PasswordEncoder passwordEncoder(AccessProperties properties) {
        return new DelegatingPasswordEncoder("bcrypt",
                Map.of("bcrypt", new BCryptPasswordEncoder(properties.bcryptStrength())));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JdbcUserRows rows, TransactionTemplate transactions, Clock clock) {
        AuthenticationEntryPoint unauthorised = (request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                e.getMessage() != null && e.getMessage().contains("token") ? e.getMessage()
                        : "Send an API token as 'Authorization: Bearer <token>'");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                "Your token's user is not allowed to do this");
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(rows, transactions, unauthorised, clock),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorised)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http, SignIns signIns) {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .successHandler((request, response, authentication) -> {
                            signIns.succeeded((RejoinUser) authentication.getPrincipal());
                            response.sendRedirect(request.getContextPath() + "/");
                        })
                        .failureHandler((request, response, e) -> {
                            String reason;
                            if (e instanceof LockedException) {
                                reason = "locked";
                            }
                            else if (e instanceof DisabledException) {
                                reason = "disabled";
                            }
                            else {
                                reason = signIns.failed(request.getParameter("username")) ? "locked" : "failed";
                            }
                            response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.invalidSessionUrl("/sign-in?timeout")
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "font-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .httpBasic(basic -> basic.disable())
                .build();
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
