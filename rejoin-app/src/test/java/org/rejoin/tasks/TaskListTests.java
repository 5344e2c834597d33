package org.rejoin.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.cme.CmeCase;
import org.rejoin.rolls.RollReturn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every task names its child and links to the page where it is worked; lists are counted by kind and paged. */
@IntegrationTest
class TaskListTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    private Task open(String kind, UUID child, String subjectType) {
        var admin = users.user("admin");
        return users.as("admin", () -> tasks.open(new NewTask(kind, "Something to do for " + kind, "A rule",
                child, subjectType, UUID.randomUUID(), TestClock.TODAY.minusDays(3), false, null), admin));
    }

    @Test
    void eachTaskNamesItsChildAndLinksToWhereItIsWorked() {
        UUID child = fixtures.child("Tasked", "Pendeen");
        var officer = users.user("cme.officer");
        var attendance = open("ATTENDANCE_ILLNESS", child, AttendanceAlertRaised.TASK_SUBJECT);
        var deletion = open("ROLLS_LA_ENQUIRIES", child, RollReturn.TASK_SUBJECT);
        var kase = open("CME_LOCATE", child, CmeCase.TASK_SUBJECT);
        var other = open("SOMETHING_ELSE", child, "NO_MODULE_OWNS_THIS");
        var views = users.as("cme.officer", () -> tasks.describe(List.of(attendance, deletion, kase, other), officer));
        assertThat(views).extracting(TaskView::page).containsExactly("/children/" + child + "#attendance",
                "/rolls/deletions/" + deletion.subjectId(), "/cme/cases/" + kase.subjectId(), "/children/" + child);
        assertThat(views).allSatisfy(v -> assertThat(v.childName()).startsWith("Tasked"));
    }

    @Test
    void theTaskListIsCountedByKindAndPagedAndTheReferralsPageShowsOnlyTheSoonest() throws Exception {
        UUID child = fixtures.child("Listed", "Trevose");
        for (int i = 0; i < 30; i++) {
            open("ATTENDANCE_PENALTY_THRESHOLD", child, AttendanceAlertRaised.TASK_SUBJECT);
        }
        var officer = users.user("cme.officer");
        var queue = users.as("cme.officer", () -> tasks.queue(officer, "ATTENDANCE_PENALTY_THRESHOLD",
                org.rejoin.platform.ResultPage.request(2, null)));
        assertThat(queue.kind()).isEqualTo("ATTENDANCE_PENALTY_THRESHOLD");
        assertThat(queue.page().total()).isGreaterThanOrEqualTo(30);
        assertThat(queue.page().items()).hasSizeLessThanOrEqualTo(25)
                .allMatch(v -> v.task().kind().equals("ATTENDANCE_PENALTY_THRESHOLD"));
        assertThat(queue.kinds()).anySatisfy(k -> {
            assertThat(k.kind()).isEqualTo("ATTENDANCE_PENALTY_THRESHOLD");
            assertThat(k.overdue()).isGreaterThanOrEqualTo(30);
        });

        mvc.perform(get("/tasks").param("kind", "ATTENDANCE_PENALTY_THRESHOLD").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Penalty notice threshold reached")))
                .andExpect(content().string(containsString("/children/" + child + "#attendance")))
                .andExpect(content().string(containsString("Listed")));
        String referrals = mvc.perform(get("/referrals").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("All your tasks")))
                .andReturn().getResponse().getContentAsString();
        assertThat(referrals.split("govuk-summary-card\"", -1).length - 1).as("the five most urgent, not every task")
                .isLessThanOrEqualTo(5);
        mvc.perform(get("/tasks").with(user(users.user("school")))).andExpect(status().isForbidden());
        String home = mvc.perform(get("/cme").with(user(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).as("escalations and overdue tasks as compact tables, not a card each")
                .doesNotContain("govuk-summary-card\"");
    }
}
