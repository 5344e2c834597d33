package org.rejoin.cme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The CME targets are local policy: managers change them on a page and through the API, and new deadlines follow. */
@IntegrationTest
class CmeTargetsTests {

    @Autowired
    CmeTargets targets;

    @Autowired
    Tasks tasks;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** Every other test expects the configured defaults. */
    @AfterEach
    void backToTheDefaults() {
        jdbc.sql("delete from cme_targets").update();
    }

    @Test
    void aManagerSetsTheTargetsOnThePageAndANewCaseIsDueByThem() throws Exception {
        var manager = users.user("manager");
        mvc.perform(get("/cme/targets").with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Locate the child within")))
                .andExpect(content().string(containsString("not law")))
                .andExpect(content().string(containsString("value=\"10\"")))
                .andExpect(content().string(containsString("value=\"15\"")));
        mvc.perform(get("/cme/targets").with(user(users.user("cme.officer")))).andExpect(status().isForbidden());

        // A bad value is named, and nothing is saved.
        mvc.perform(post("/cme/targets").with(user(manager)).with(csrf()).param("version", "0")
                        .param("missingThreshold", "20").param("locateWithin", "ten").param("provisionDeterminedWithin", "15")
                        .param("inProvisionWithin", "500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a whole number of school days")))
                .andExpect(content().string(containsString("must be from 1 to 100 school days")));
        assertThat(users.as("manager", () -> targets.current()).changedAt()).isNull();

        mvc.perform(post("/cme/targets").with(user(manager)).with(csrf()).param("version", "0")
                        .param("missingThreshold", "20").param("locateWithin", "7").param("provisionDeterminedWithin", "12")
                        .param("inProvisionWithin", "18"))
                .andExpect(status().is3xxRedirection());
        var current = users.as("manager", () -> targets.current());
        assertThat(current.targets().locateWithin()).isEqualTo(7);
        assertThat(current.changedBy()).isEqualTo("manager");
        // The change is audited with the values before and after: the one that set locate to 7, on the web.
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'CME_TARGETS_CHANGED' and channel = 'WEB'
                and changes::text like '%locateWithin%' and changes::text like '%"7"%'""").query(Long.class).single())
                .isEqualTo(1);

        // A case opened now is due to be located within seven school days.
        var officer = users.user("cme.officer");
        mvc.perform(post("/referrals").with(user(officer)).with(csrf()).param("source", "PARENT_OR_CARER")
                        .param("referrerName", "Aunt, Ms Quillon").param("forename", "Tamsin").param("surname", "Quillon")
                        .param("approximateAge", "9").param("reason", "NEW_ARRIVAL"))
                .andExpect(status().is3xxRedirection());
        UUID referralId = jdbc.sql("select id from referral where forename = 'Tamsin' and surname = 'Quillon'")
                .query(UUID.class).single();
        mvc.perform(post("/referrals/{id}/child", referralId).with(user(officer)).with(csrf()).param("version", "0")
                .param("confirmedNew", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/{id}/decision", referralId).with(user(officer)).with(csrf()).param("version", "1")
                .param("decision", "MISSING_EDUCATION")).andExpect(status().is3xxRedirection());
        UUID caseId = jdbc.sql("select id from cme_case where referral_id = ?").param(referralId).query(UUID.class).single();
        var locate = users.as("cme.officer", () -> tasks.forSubject(caseId, officer)).stream()
                .filter(t -> t.kind().equals("CME_LOCATE")).map(Task::dueOn).findFirst().orElseThrow();
        assertThat(locate).isEqualTo(calendar.forLocalAuthority().add(TestClock.TODAY, 7));
    }

    @Test
    void theApiReadsForLaStaffAndChangesForManagersWithIfMatch() throws Exception {
        mvc.perform(get("/api/v1/cme/targets").header("Authorization", "Bearer " + users.token("cme.officer")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.targets.locateWithin").value(10));
        String body = "{\"missingThreshold\": 20, \"locateWithin\": 8, \"provisionDeterminedWithin\": 15, \"inProvisionWithin\": 20}";
        mvc.perform(put("/api/v1/cme/targets").header("Authorization", "Bearer " + users.token("cme.officer"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        String manager = "Bearer " + users.token("manager");
        mvc.perform(put("/api/v1/cme/targets").header("Authorization", manager).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"locateWithin\": 8", "\"locateWithin\": 0")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("locateWithin"));
        mvc.perform(put("/api/v1/cme/targets").header("Authorization", manager).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.targets.locateWithin").value(8))
                .andExpect(jsonPath("$.targets.lookedAfterPlacementWithin").value(20));
        // A second change from the same version lost the race: refused, not written over.
        mvc.perform(put("/api/v1/cme/targets").header("Authorization", manager).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionFailed());
    }
}
