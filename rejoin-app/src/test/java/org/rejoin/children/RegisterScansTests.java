package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.children.ChildDetails.Address;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The register-wide duplicate scan finds duplicates already in the register and queues them for review. */
@IntegrationTest
class RegisterScansTests {

    @Autowired
    ChildBulkLoad bulk;

    @Autowired
    RegisterScans scans;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private java.util.Optional<RegisterScan> latest() {
        return users.as("admin", () -> scans.latest(users.user("admin")));
    }

    @Test
    void aDuplicateLoadedInBulkIsFoundAndQueued() throws Exception {
        var address = List.of(new Address("3 Scan Street", null, "Kingsbridge", "KB20 9SC", null, null));
        var original = new ChildDetails("Oluwaseun", null, "Adewumi", null, null, LocalDate.of(2014, 6, 2), false,
                Sex.MALE, null, null, List.of(), List.of(), address, List.of(), List.of());
        var duplicate = new ChildDetails("Seun", null, "Adewumi", null, null, LocalDate.of(2014, 6, 2), false,
                Sex.MALE, null, null, List.of(), List.of(), address, List.of(), List.of());
        // A bulk load makes no duplicate checks: the way duplicates get into a register.
        var admin = users.user("admin");
        var system = RejoinUser.system(admin.organisationId(), admin.organisationName());
        var ids = SystemAuthentication.run(system, () -> bulk.load(List.of(original, duplicate), system));

        mvc.perform(post("/matches/scan").with(user(users.user("cme.officer"))).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/matches/scan").with(user(users.user("admin"))).with(csrf())).andExpect(redirectedUrl("/matches"));
        await().atMost(Duration.ofSeconds(60)).until(() -> latest().map(s -> !s.isRunning()).orElse(false));

        var scan = latest().orElseThrow();
        assertThat(scan.status()).isEqualTo("DONE");
        assertThat(scan.records()).isGreaterThan(800);
        assertThat(jdbc.sql("""
                select count(*) from match_review where source = 'SCAN'
                and least(child_id, candidate_id) = least(?, ?) and greatest(child_id, candidate_id) = greatest(?, ?)""")
                .params(ids.get(0), ids.get(1), ids.get(0), ids.get(1)).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/matches").with(user(users.user("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The last scan finished")));
    }
}
