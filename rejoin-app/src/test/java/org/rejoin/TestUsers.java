package org.rejoin;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.access.UserAccounts;
import org.rejoin.audit.Channel;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.Sex;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** The demo users and data as tests need them: principals, API tokens, children at a school. */
@Component
public class TestUsers {

    public static final int ABBEY_PRIMARY = 990001;
    public static final int KINGSBRIDGE_ACADEMY = 990045;

    private final UserDetailsService users;
    private final UserAccounts accounts;
    private final ChildMerges merges;
    private final JdbcClient jdbc;

    TestUsers(UserDetailsService users, UserAccounts accounts, ChildMerges merges, JdbcClient jdbc) {
        this.users = users;
        this.accounts = accounts;
        this.merges = merges;
        this.jdbc = jdbc;
    }

    public ChildMerges mergesService() {
        return merges;
    }

    /** A demo user as signed in through the web ("admin", "school", "agency", ...). */
    public RejoinUser user(String username) {
        return (RejoinUser) users.loadUserByUsername(username);
    }

    public RejoinUser viaApi(String username) {
        return user(username).via(Channel.API);
    }

    /** Runs service calls as the given user, as a request of theirs would. */
    public <T> T as(String username, Supplier<T> work) {
        return SystemAuthentication.run(user(username), work);
    }

    /** A new API token for a demo user, made by the admin. */
    public String token(String username) {
        var admin = user("admin");
        var target = user(username);
        return SystemAuthentication.run(admin, () -> accounts.createToken(target.id(), "test " + UUID.randomUUID(), admin))
                .secret();
    }

    public UUID establishment(int urn) {
        return jdbc.sql("select organisation_id from establishment where urn = ?").param(urn).query(UUID.class).single();
    }

    public static ChildDetails child(String forename, String surname, LocalDate dob, String upn) {
        return new ChildDetails(forename, null, surname, null, null, dob, false, Sex.FEMALE, upn, null, List.of(),
                List.of(), List.of(new ChildDetails.Address("1 Test Street", null, "Kingsbridge", "KB1 1AA", null, null)),
                List.of(), List.of());
    }
}
