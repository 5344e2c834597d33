package org.rejoin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInTests {

    static final String PASSWORD = "river-lantern-copper";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private String newUser() {
        String username = "user" + UUID.randomUUID().toString().substring(0, 8);
        var admin = users.user("admin");
        SystemAuthentication.run(admin, () -> accounts.create(new NewUser(username, "Test User", username + "@example.org",
                admin.organisationId(), EnumSet.of(Role.CME_OFFICER), PASSWORD), admin));
        return username;
    }

    @Test
    void signingInWithTheRightPasswordOpensTheHomePage() throws Exception {
        String username = newUser();
        mvc.perform(post("/sign-in").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/"));
        assertThat(audited(username, "SIGNED_IN")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() throws Exception {
        String username = newUser();
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/sign-in?error=failed"));
        }
        mvc.perform(post("/sign-in").param("username", username).param("password", "wrong").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        mvc.perform(post("/sign-in").param("username", username).param("password", PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=locked"));
        assertThat(audited(username, "SIGN_IN_FAILED")).isEqualTo(5);
        assertThat(audited(username, "ACCOUNT_LOCKED")).isEqualTo(1);

        var admin = users.user("admin");
        UUID id = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
        SystemAuthentication.run(admin, () -> {
            accounts.resetPassword(id, "a-brand-new-password", admin);
            return null;
        });
        mvc.perform(post("/sign-in").param("username", username).param("password", "a-brand-new-password").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownUsernameGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(post("/sign-in").param("username", "nobody-at-all").param("password", "x").with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=failed"));
    }

    @Test
    void passwordsMustBeLongAndNotObvious() {
        var admin = users.user("admin");
        UUID id = jdbc.sql("select id from app_user where username = 'manager'").query(UUID.class).single();
        for (String weak : new String[] {"short", "password1234", "aaaaaaaaaaaaaaa", "xxmanagerxxxx"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.run(admin, () -> {
                accounts.resetPassword(id, weak, admin);
                return null;
            })).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void signingOutEndsTheSessionAndAnExpiredSessionIsSentToSignIn() throws Exception {
        mvc.perform(post("/sign-out").with(user(users.user("admin"))).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signed-out"));
        mvc.perform(get("/children").with(request -> {
            request.setRequestedSessionId("expired-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(redirectedUrl("/sign-in?timeout"));
        mvc.perform(get("/children")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aRoleMustFitTheUsersOrganisation() {
        var admin = users.user("admin");
        UUID school = users.establishment(TestUsers.ABBEY_PRIMARY);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SystemAuthentication.run(admin, () -> accounts.create(
                new NewUser("wrong.role", "Wrong Role", "wrong@example.org", school, EnumSet.of(Role.CME_OFFICER), PASSWORD),
                admin))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .isEqualTo("Role CME_OFFICER is for a user of the local authority, not of Abbey Primary School"));
    }

    private int audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_event where subject = ? and action = ?")
                .params("username " + username, action).query(Integer.class).single()
                + jdbc.sql("select count(*) from audit_event where actor_username = ? and action = ? and subject is null")
                .params(username, action).query(Integer.class).single();
    }
}
