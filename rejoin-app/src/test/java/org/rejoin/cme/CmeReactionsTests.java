package org.rejoin.cme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.referrals.ReferralAccepted;
import org.rejoin.referrals.TriageDecision;
import org.rejoin.rolls.ChildJoinedRoll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** What cme does with the facts other modules publish, each a Modulith scenario: the fact in, the state out. */
@IntegrationTest
@EnableScenarios
class CmeReactionsTests {

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private UUID caseOf(UUID childId) {
        return jdbc.sql("select id from cme_case where child_id = ?").param(childId).query(UUID.class).optional()
                .orElse(null);
    }

    @Test
    void anAcceptedReferralOpensACaseWithItsDeadlines(Scenario scenario) {
        UUID child = fixtures.child("Opened", "Bycase");
        var accepted = new ReferralAccepted(null, child, TriageDecision.MISSING_EDUCATION, TestClock.TODAY.minusDays(2),
                TestClock.TODAY, users.user("cme.officer"));
        users.as("cme.officer", () -> {
            scenario.publish(accepted).andWaitForStateChange(() -> caseOf(child)).andVerify(caseId -> {
                assertThat(jdbc.sql("select kind from task where subject_id = ? order by kind").param(caseId)
                        .query(String.class).list()).contains("CME_LOCATE", "CME_IN_PROVISION");
            });
            return null;
        });
    }

    @Test
    void aChildOnAnOpenCaseWhoJoinsARollIsToldToTheCaseOfficer(Scenario scenario) {
        UUID child = fixtures.child("Joined", "Aroll");
        users.as("cme.officer", () -> {
            scenario.publish(new ReferralAccepted(null, child, TriageDecision.AT_RISK, TestClock.TODAY, TestClock.TODAY,
                    users.user("cme.officer"))).andWaitForStateChange(() -> caseOf(child));
            return null;
        });
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        scenario.publish(new ChildJoinedRoll(child, academy, "Kingsbridge Academy", TestClock.TODAY,
                users.user("secondary")))
                .andWaitForStateChange(() -> jdbc.sql("select title from task where subject_id = ? and kind = 'CME_JOINED_ROLL'")
                        .param(caseOf(child)).query(String.class).optional().orElse(null))
                .andVerify(title -> assertThat(title).contains("joined Kingsbridge Academy's roll"));
    }
}
