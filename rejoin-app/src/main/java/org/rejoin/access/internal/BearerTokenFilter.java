package org.rejoin.access.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rejoin.audit.Channel;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer rjn_...}: the token's hash is looked up,
 * and the call acts as the token's user with the API channel. A missing token leaves the request
 * unauthenticated (401 follows); a wrong or revoked one is refused at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final JdbcUserRows rows;
    private final TransactionTemplate transactions;
    private final AuthenticationEntryPoint entryPoint;
    private final Clock clock;

    BearerTokenFilter(JdbcUserRows rows, TransactionTemplate transactions, AuthenticationEntryPoint entryPoint,
            Clock clock) {
        this.rows = rows;
        this.transactions = transactions;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(7).trim();
        var now = clock.instant();
        var user = transactions.execute(status -> rows.useToken(ApiTokenHash.of(secret), now)
                .flatMap(id -> rows.principal(id, now, Channel.API))
                .filter(u -> u.isEnabled() && u.isAccountNonLocked()));
        if (user == null || user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response,
                    new BadCredentialsException("The API token is not valid or has been revoked"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
