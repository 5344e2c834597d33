package org.rejoin.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AgencyPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void anAdministratorAddsAnotherLaWhichNeedsItsCode() throws Exception {
        mvc.perform(post("/admin/agencies").with(user(users.user("admin"))).with(csrf())
                        .param("name", "Westshire County Council").param("agencyType", "OTHER_LA"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#laCode\">Enter the other LA&#39;s 3-digit LA code")));
        mvc.perform(post("/admin/agencies").with(user(users.user("admin"))).with(csrf())
                        .param("name", "Westshire County Council").param("agencyType", "OTHER_LA").param("laCode", "997"))
                .andExpect(redirectedUrl("/admin/agencies"));
        mvc.perform(get("/admin/agencies").with(user(users.user("admin"))))
                .andExpect(content().string(containsString("Westshire County Council")));
        mvc.perform(get("/admin/agencies").with(user(users.user("cme.officer")))).andExpect(status().isForbidden());
    }
}
