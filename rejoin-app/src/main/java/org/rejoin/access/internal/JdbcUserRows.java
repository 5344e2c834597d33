package org.rejoin.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rejoin.access.ApiTokenSummary;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.UserSummary;
import org.rejoin.audit.Channel;
import org.rejoin.organisations.OrganisationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL for users, roles and tokens. */
@Repository
class JdbcUserRows {

    private static final String USER_SELECT = """
            select u.*, o.name as organisation_name, o.kind as organisation_kind,
                   coalesce((select string_agg(r.role, ',') from app_user_role r where r.user_id = u.id), '') as roles
            from app_user u join organisation o on o.id = u.organisation_id""";

    private final JdbcClient jdbc;

    JdbcUserRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserSummary> summary(UUID id) {
        return jdbc.sql(USER_SELECT + " where u.id = ?").param(id).query(JdbcUserRows::summary).optional();
    }

    java.util.Optional<String> displayNameOf(String username) {
        return jdbc.sql("select display_name from app_user where username = ?").param(username).query(String.class)
                .optional();
    }

    Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from app_user where id = any(?)").param(ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    List<UserSummary> summaries() {
        return jdbc.sql(USER_SELECT + " order by o.name, lower(u.display_name)").query(JdbcUserRows::summary).list();
    }

    Optional<RejoinUser> principal(String username, Instant now) {
        return jdbc.sql(USER_SELECT + " where lower(u.username) = lower(?)").param(username)
                .query((rs, row) -> principal(rs, now, Channel.WEB)).optional();
    }

    Optional<RejoinUser> principal(UUID id, Instant now, Channel channel) {
        return jdbc.sql(USER_SELECT + " where u.id = ?").param(id)
                .query((rs, row) -> principal(rs, now, channel)).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)").param(username)
                .query(Integer.class).single() > 0;
    }

    void insert(UUID id, String username, String displayName, String email, UUID organisationId, String passwordHash,
            Set<Role> roles, Instant now) {
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, organisation_id, password_hash,
                    created_at, password_changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, username, displayName, email, organisationId, passwordHash, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (?, ?)").params(id, role.name()).update();
        }
    }

    int setPassword(UUID id, String passwordHash, Instant now) {
        return jdbc.sql("""
                update app_user set password_hash = ?, password_changed_at = ?, failed_sign_ins = 0,
                    locked_until = null, version = version + 1
                where id = ?""").params(passwordHash, Timestamp.from(now), id).update();
    }

    int setEnabled(UUID id, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ?, version = version + 1 where id = ?").params(enabled, id)
                .update();
    }

    void signedIn(UUID id) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where id = ?").param(id).update();
    }

    /** Counts a failed sign-in and locks the account when the limit is reached; says whether it is now locked. */
    Optional<Boolean> failedSignIn(String username, int limit, Instant lockUntil) {
        return jdbc.sql("""
                update app_user set failed_sign_ins = failed_sign_ins + 1,
                    locked_until = case when failed_sign_ins + 1 >= ? then ? else locked_until end
                where lower(username) = lower(?)
                returning failed_sign_ins >= ?""")
                .params(limit, Timestamp.from(lockUntil), username, limit).query(Boolean.class).optional();
    }

    List<ApiTokenSummary> tokens(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = ? order by created_at desc").param(userId)
                .query(JdbcUserRows::token).list();
    }

    Optional<ApiTokenSummary> token(UUID tokenId) {
        return jdbc.sql("select * from api_token where id = ?").param(tokenId).query(JdbcUserRows::token).optional();
    }

    void insertToken(ApiTokenSummary token, String hash, UUID createdBy) {
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_prefix, token_hash, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(token.id(), token.userId(), token.name(), token.prefix(), hash,
                        Timestamp.from(token.createdAt()), createdBy)
                .update();
    }

    void revokeToken(UUID tokenId, Instant now) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(now), tokenId).update();
    }

    /** The user of an active token with this hash, marking the token used. */
    Optional<UUID> useToken(String hash, Instant now) {
        return jdbc.sql("""
                update api_token set last_used_at = ?
                where token_hash = ? and revoked_at is null
                returning user_id""").params(Timestamp.from(now), hash).query(UUID.class).optional();
    }

    private static Set<Role> roles(String csv) {
        if (csv == null || csv.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(csv.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static UserSummary summary(ResultSet rs, int row) throws SQLException {
        return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                roles(rs.getString("roles")), rs.getBoolean("enabled"), instant(rs, "locked_until"),
                rs.getInt("failed_sign_ins"), instant(rs, "created_at"), instant(rs, "password_changed_at"));
    }

    private static RejoinUser principal(ResultSet rs, Instant now, Channel channel) throws SQLException {
        Instant lockedUntil = instant(rs, "locked_until");
        return new RejoinUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")), roles(rs.getString("roles")),
                rs.getString("password_hash"), rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.isAfter(now), channel);
    }

    private static ApiTokenSummary token(ResultSet rs, int row) throws SQLException {
        return new ApiTokenSummary(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("name"), rs.getString("token_prefix"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }
}
