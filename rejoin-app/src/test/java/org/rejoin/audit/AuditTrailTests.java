package org.rejoin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.lang.reflect.Method;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every read of a child's record is audited, from the web and the API, and audit rows cannot be changed. */
@IntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readingAChildThroughTheWebOrTheApiIsAuditedWithItsChannel() throws Exception {
        UUID child = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id();
        int web = views(child, "WEB");
        int api = views(child, "API");
        mvc.perform(get("/children/{id}", child).with(user(users.user("key.worker")))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/{id}", child).header("Authorization", "Bearer " + users.token("key.worker")))
                .andExpect(status().isOk());
        assertThat(views(child, "WEB")).isEqualTo(web + 1);
        assertThat(views(child, "API")).isEqualTo(api + 1);
    }

    @Test
    void thePageShowsWhoViewedTheRecordToManagers() throws Exception {
        UUID child = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id();
        mvc.perform(get("/children/{id}", child).with(user(users.user("secondary")))).andExpect(status().isOk());
        mvc.perform(get("/children/{id}/audit", child).with(user(users.user("admin")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("secondary")))
                .andExpect(content().string(containsString("Kingsbridge Academy")))
                .andExpect(content().string(containsString("Viewed the record")));
    }

    @Autowired
    AuditLog audit;

    @Test
    void aBulkEntryIsOneRowAndShowsInTheTrailOfEachChildItNames() {
        UUID first = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id();
        UUID second = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        users.as("admin", () -> {
            audit.recordAll(users.user("admin"), AuditAction.ATTENDANCE_RECORDED, java.util.List.of(first, second, first),
                    "2 marks by api");
            return null;
        });
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before + 1);
        for (UUID child : java.util.List.of(first, second)) {
            assertThat(audit.forChild(child, 5)).first().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.ATTENDANCE_RECORDED);
                assertThat(e.childId()).isEqualTo(child);
                assertThat(e.subject()).isEqualTo("2 marks by api (one entry for 2 children)");
            });
        }
        // An entry about one child says nothing of others.
        users.as("admin", () -> {
            audit.record(users.user("admin"), AuditAction.ATTENDANCE_VIEWED, first, "Hours", java.util.List.of());
            return null;
        });
        assertThat(audit.forChild(first, 1)).singleElement().extracting(AuditEntry::subject).isEqualTo("Hours");
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_username = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void theApplicationOffersNoWayToChangeAnEntry() {
        assertThat(AuditLog.class.getMethods()).extracting(Method::getName)
                .containsOnly("record", "recordAll", "recordDenied", "forChild", "childrenRecentlyViewedBy", "latest");
    }

    private int views(UUID child, String channel) {
        return jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'CHILD_VIEWED' and channel = ?")
                .params(child, channel).query(Integer.class).single();
    }
}
