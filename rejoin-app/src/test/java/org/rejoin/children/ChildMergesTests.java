package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Merging two records of one child keeps both and can be undone. */
@IntegrationTest
class ChildMergesTests {

    @Autowired
    ChildRegister register;

    @Autowired
    Registrations registrations;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private UUID child(String forename, String surname, LocalDate dob) {
        return users.as("cme.officer", () -> register.create(TestUsers.child(forename, surname, dob, null), true,
                users.user("cme.officer")).id());
    }

    @Test
    void mergingThroughTheReviewQueueKeepsBothRecordsAndUndoingRestoresThem() throws Exception {
        var dob = LocalDate.of(2015, 2, 17);
        UUID kept = child("Kaitlyn", "Fenwick-Merge", dob);
        UUID duplicate = child("Caitlin", "Fenwick-Merge", dob);
        users.as("cme.officer", () -> registrations.record(new NewRegistration(duplicate,
                users.establishment(TestUsers.ABBEY_PRIMARY), EnrolmentStatus.SINGLE, LocalDate.of(2019, 9, 4), null, null),
                users.user("cme.officer")));
        UUID review = jdbc.sql("select id from match_review where child_id = ? and candidate_id = ?")
                .params(duplicate, kept).query(UUID.class).single();

        mvc.perform(post("/matches/{id}", review).with(user(users.user("key.worker"))).with(csrf())
                        .param("decision", "MERGE").param("reason", "One girl: the school spells it Caitlin"))
                .andExpect(redirectedUrl("/matches"));

        assertThat(jdbc.sql("select merged_into from child where id = ?").param(duplicate).query(UUID.class).single())
                .isEqualTo(kept);
        var search = users.as("admin", () -> register.search(new ChildSearch("Fenwick-Merge", null, null, null),
                ResultPage.request(1, 10), users.user("admin")));
        assertThat(search.items()).extracting(ChildSummary::id).containsExactly(kept);
        // The kept record shows the merged record's registration, and the school of that registration now sees it.
        mvc.perform(get("/children/{id}", kept).with(user(users.user("school")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Abbey Primary School")));
        mvc.perform(get("/children/{id}", kept).with(user(users.user("manager")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This record also holds")));
        mvc.perform(get("/children/{id}", duplicate).with(user(users.user("manager")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was merged by Kim Worker")));

        UUID merge = jdbc.sql("select id from child_merge where merged_id = ?").param(duplicate).query(UUID.class).single();
        mvc.perform(post("/children/merges/{id}/undo", merge).with(user(users.user("key.worker"))).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/merges/{id}/undo", merge).with(user(users.user("manager"))).with(csrf()))
                .andExpect(redirectedUrl("/children/" + kept));
        assertThat(jdbc.sql("select merged_into is null from child where id = ?").param(duplicate).query(Boolean.class)
                .single()).as("a record of its own again").isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id in (?, ?) and action in ('CHILD_MERGED', 'CHILD_MERGE_UNDONE')")
                .params(kept, duplicate).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aMergeNeedsAReasonAndARecordCannotBeMergedTwice() {
        var dob = LocalDate.of(2012, 12, 1);
        UUID a = child("Tomasz", "Twicemerged", dob);
        UUID b = child("Jakub", "Twicemerged", dob);
        UUID c = child("Szymon", "Twicemerged", dob);
        var merges = users.as("admin", () -> users.mergesService());
        var admin = users.user("admin");
        assertThatThrownBy(() -> users.as("admin", () -> merges.merge(a, b, "", admin)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter the reason");
        users.as("admin", () -> merges.merge(a, b, "same boy", admin));
        assertThatThrownBy(() -> users.as("admin", () -> merges.merge(c, b, "again", admin)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already been merged");
    }
}
