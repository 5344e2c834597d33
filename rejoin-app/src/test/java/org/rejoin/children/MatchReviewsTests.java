package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.linkage.Models;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A possible match the user overrides goes to the review queue, where LA staff decide it with a reason. */
@IntegrationTest
class MatchReviewsTests {

    @Autowired
    ChildRegister register;

    @Autowired
    MatchReviews reviews;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** Twins at one address: the second is a possible match the officer says is a different child. */
    private UUID raisePossibleTwin(String first, String second, String surname, LocalDate dob) {
        users.as("cme.officer", () -> register.create(TestUsers.child(first, surname, dob, null), true,
                users.user("cme.officer")));
        var twin = users.as("cme.officer", () -> register.create(TestUsers.child(second, surname, dob, null), true,
                users.user("cme.officer")));
        return jdbc.sql("""
                select r.id from match_review r join child c on c.id = r.candidate_id
                where r.child_id = ? and c.legal_forename = ? and r.decision is null""")
                .params(twin.id(), first).query(UUID.class).single();
    }

    @Test
    void anOverriddenPossibleMatchIsQueuedAndDecidedWithAReasonOnBothRecords() {
        UUID id = raisePossibleTwin("Isla", "Isabel", "Ravensworth", LocalDate.of(2016, 3, 9));
        var admin = users.user("admin");
        var open = users.as("admin", () -> reviews.open(ResultPage.request(1, 100), admin));
        assertThat(open.items()).extracting(MatchReview::id).contains(id);
        var review = users.as("admin", () -> reviews.get(id, admin));
        assertThat(review.explanation().guards()).extracting(Enum::name).contains("TWINS");

        assertThatThrownBy(() -> users.as("admin", () -> reviews.decide(id, MatchDecision.DIFFERENT_CHILDREN, " ", admin)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter the reason");
        var decided = users.as("admin", () -> reviews.decide(id, MatchDecision.DIFFERENT_CHILDREN,
                "Twins: the school confirmed two pupils", admin));
        assertThat(decided.isOpen()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MATCH_DECIDED' and child_id in (?, ?)")
                .params(review.child().id(), review.candidate().id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(users.as("admin", () -> reviews.decided(admin))).extracting(MatchReview::id).contains(id);
        assertThatThrownBy(() -> users.as("admin", () -> reviews.decide(id, MatchDecision.SAME_CHILD, "again", admin)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already been decided");
    }

    @Test
    void theQueuePagesLetStaffDecideAndKeepOthersOut() throws Exception {
        UUID id = raisePossibleTwin("Freya", "Freja", "Aldermoor", LocalDate.of(2013, 10, 27));
        mvc.perform(get("/matches").with(user(users.user("key.worker")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Possible matches to review")));
        mvc.perform(get("/matches/{id}", id).with(user(users.user("key.worker")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Possible twins")));
        mvc.perform(post("/matches/{id}", id).with(user(users.user("key.worker"))).with(csrf()).param("decision", "SAME_CHILD"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the reason for your decision")));
        mvc.perform(post("/matches/{id}", id).with(user(users.user("key.worker"))).with(csrf())
                        .param("decision", "SAME_CHILD").param("reason", "One child: Freja is a misspelling"))
                .andExpect(redirectedUrl("/matches"));
        var childId = jdbc.sql("select child_id from match_review where id = ?").param(id).query(UUID.class).single();
        mvc.perform(get("/children/{id}", childId).with(user(users.user("key.worker")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decided the same child (by Kim Worker) as")));
        mvc.perform(get("/matches").with(user(users.user("school")))).andExpect(status().isForbidden());
        mvc.perform(get("/matches/{id}", id).with(user(users.user("agency")))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorDownloadsTheDecidedPairsAsLabelledPairsAndTheDownloadIsAudited() throws Exception {
        UUID id = raisePossibleTwin("Poppy", "Ruby", "Thornleigh", LocalDate.of(2014, 6, 2));
        var admin = users.user("admin");
        users.as("admin", () -> reviews.decide(id, MatchDecision.SAME_CHILD, "One child: Ruby is the name she goes by", admin));
        var pair = jdbc.sql("select child_id, candidate_id from match_review where id = ?").param(id)
                .query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).single();

        mvc.perform(get("/matches").with(user(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decided so far:")))
                .andExpect(content().string(containsString("/matches/decided.csv")));
        var csv = mvc.perform(get("/matches/decided.csv").with(user(admin))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).hasValue("left_id,right_id,same_child,match_weight,probability,guards,"
                + "blocking_rule,model_version,source,raised_at,decided_at,decided_by,reason");
        assertThat(csv.lines()).anySatisfy(line -> assertThat(line)
                .startsWith(pair.get(0) + "," + pair.get(1) + ",true,")
                .contains("TWINS").contains(Models.standard().version()).endsWith("One child: Ruby is the name she goes by"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MATCH_DECISIONS_EXPORTED' and child_ids @> array[?, ?]::uuid[]")
                .params(pair.get(0), pair.get(1)).query(Integer.class).single()).as("one entry naming both").isEqualTo(1);

        mvc.perform(get("/matches/decided.csv").with(user(users.user("cme.officer")))).andExpect(status().isForbidden());
        mvc.perform(get("/matches").with(user(users.user("cme.officer")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/matches/decided.csv"))));
    }
}
