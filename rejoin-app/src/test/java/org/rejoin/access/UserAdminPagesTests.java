package org.rejoin.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The user administration pages name roles in words, not as their codes. */
@IntegrationTest
class UserAdminPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void rolesAreNamedInWordsOnTheListTheFormAndAUsersPage() throws Exception {
        var admin = user(users.user("admin"));
        mvc.perform(get("/admin/users").with(admin))
                .andExpect(content().string(containsString(">Partner agency staff<")))
                .andExpect(content().string(not(containsString("AGENCY_USER<"))));
        mvc.perform(get("/admin/users/new").with(admin))
                .andExpect(content().string(containsString("value=\"PROVIDER_USER\"")))
                .andExpect(content().string(containsString(">Alternative provision staff<")));
        mvc.perform(get("/admin/users/{id}", users.user("cme.officer").id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("CME officer")))
                .andExpect(content().string(not(containsString("CME_OFFICER"))));
    }
}
