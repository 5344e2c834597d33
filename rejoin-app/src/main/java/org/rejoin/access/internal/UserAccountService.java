package org.rejoin.access.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.access.ApiTokenSummary;
import org.rejoin.access.CreatedApiToken;
import org.rejoin.access.NewUser;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.UserAccounts;
import org.rejoin.access.UserSummary;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their roles and API tokens, kept by LA administrators; every change audited. */
@Service
@Transactional
@LaAdmin
class UserAccountService implements UserAccounts {

    static final String TOKEN_PREFIX = "rjn_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcUserRows rows;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    UserAccountService(JdbcUserRows rows, Organisations organisations, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return rows.summaries();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(UUID id) {
        return rows.summary(id);
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<UserSummary> localAuthorityStaff() {
        return rows.summaries().stream()
                .filter(u -> u.enabled() && u.roles().stream().anyMatch(Role.LOCAL_AUTHORITY_STAFF::contains))
                .sorted(Comparator.comparing(UserSummary::displayName)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public Map<UUID, String> displayNames(Collection<UUID> userIds) {
        return userIds.isEmpty() ? Map.of() : rows.displayNames(userIds);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public java.util.Optional<String> displayNameOf(String username) {
        return username == null ? java.util.Optional.empty() : rows.displayNameOf(username);
    }

    @Override
    public UserSummary create(NewUser user, RejoinUser by) {
        String username = NewUserCheck.username(user);
        Optional<Organisation> organisation = user.organisationId() == null ? Optional.empty()
                : organisations.find(user.organisationId());
        var problems = NewUserCheck.problems(user, NewUserCheck.wellFormed(username) && rows.usernameTaken(username),
                organisation, passwordPolicy.check(user.password(), username));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        rows.insert(id, username, user.displayName().trim(), user.email().trim(), user.organisationId(),
                passwordEncoder.encode(user.password()), user.roles(), clock.instant());
        audit.record(by, AuditAction.USER_CREATED, null, "user " + username,
                List.of(new FieldChange("roles", null, user.roles().toString()),
                        new FieldChange("organisation", null, organisation.get().name())));
        return rows.summary(id).orElseThrow();
    }

    @Override
    public void resetPassword(UUID userId, String newPassword, RejoinUser by) {
        var user = rows.summary(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        passwordPolicy.check(newPassword, user.username()).ifPresent(m -> {
            throw new InvalidInputException("password", m);
        });
        rows.setPassword(userId, passwordEncoder.encode(newPassword), clock.instant());
        audit.record(by, AuditAction.PASSWORD_RESET, null, "user " + user.username(), List.of());
    }

    @Override
    public void setEnabled(UUID userId, boolean enabled, RejoinUser by) {
        var user = rows.summary(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        rows.setEnabled(userId, enabled);
        audit.record(by, AuditAction.USER_CHANGED, null, "user " + user.username(),
                List.of(new FieldChange("enabled", String.valueOf(user.enabled()), String.valueOf(enabled))));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> tokens(UUID userId) {
        return rows.tokens(userId);
    }

    @Override
    public CreatedApiToken createToken(UUID userId, String name, RejoinUser by) {
        var user = rows.summary(userId).orElseThrow(() -> new NotFoundException("No user " + userId));
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "Enter a name for the token of 100 characters or fewer");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        var token = new ApiTokenSummary(UUID.randomUUID(), userId, name.trim(), secret.substring(0, 10),
                clock.instant(), null, null);
        rows.insertToken(token, ApiTokenHash.of(secret), by.id());
        audit.record(by, AuditAction.API_TOKEN_CREATED, null, "token " + token.prefix() + " for " + user.username(),
                List.of());
        return new CreatedApiToken(token, secret);
    }

    @Override
    public void revokeToken(UUID tokenId, RejoinUser by) {
        var token = rows.token(tokenId).orElseThrow(() -> new NotFoundException("No API token " + tokenId));
        rows.revokeToken(tokenId, clock.instant());
        audit.record(by, AuditAction.API_TOKEN_REVOKED, null, "token " + token.prefix(), List.of());
    }
}
