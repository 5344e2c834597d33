package org.rejoin.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.ChildLeftRollWithoutDestination;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.NoSecondaryPlaceFound;
import org.rejoin.rolls.PupilMissingFromSnapshot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** What the CME intake does with the facts rolls and attendance publish, each a Modulith scenario. */
@IntegrationTest
@EnableScenarios
class ReferralReactionsTests {

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private String waitingReferral(UUID child) {
        return jdbc.sql("select details from referral where child_id = ? and route = 'EVENT' and decision is null")
                .param(child).query(String.class).optional().orElse(null);
    }

    @Test
    void aChildLeftUnaccountedForByTheRollsIsReferredOnceWithEveryReason(Scenario scenario) {
        UUID child = fixtures.child("Left", "Unaccounted");
        var school = users.user("secondary");
        var left = new ChildLeftRollWithoutDestination(child, "Kingsbridge Academy", TestClock.TODAY.minusDays(1),
                DeletionGround.CONTINUOUS_ABSENCE_20_DAYS, Destination.UNKNOWN, "Calls and a home visit", TestClock.TODAY, school);
        scenario.publish(left).andWaitForStateChange(() -> waitingReferral(child))
                .andVerify(details -> assertThat(details).isEqualTo(left.account()));
        var missing = new PupilMissingFromSnapshot(child, "Abbey Primary School", TestClock.TODAY, school);
        scenario.publish(missing).andWaitForStateChange(() -> waitingReferral(child), d -> d.contains("snapshot"))
                .andVerify(details -> assertThat(details).contains(left.account(), missing.account()));
        scenario.publish(new NoSecondaryPlaceFound(child, "Abbey Primary School", TestClock.TODAY, school))
                .andWaitForStateChange(() -> waitingReferral(child), d -> d.contains("Year 6"));
        assertThat(jdbc.sql("select count(*) from referral where child_id = ?").param(child).query(Long.class).single())
                .as("one waiting referral, not three").isEqualTo(1);
    }

    @Test
    void aLostPupilsFileRefersTheChildAsTheFileDescribesThem(Scenario scenario) {
        UUID child = fixtures.child("Lost", "Pupilfile");
        var pupil = new org.rejoin.rolls.Ctf.Pupil(null, null, null, "Marisol", "Jane", "Quillfeather", null, null, null,
                TestClock.TODAY.minusYears(10), org.rejoin.children.Sex.FEMALE, null, null, null, List.of(), null,
                List.of(), List.of(), List.of());
        var lost = new org.rejoin.rolls.LostPupilFileReceived(child, pupil, false, "the Lost Pupils Database (XXX/XXXX)",
                "; left Porthaven Primary on 2026-07-22", TestClock.TODAY, users.user("cme.officer"));
        scenario.publish(lost).andWaitForStateChange(() -> waitingReferral(child))
                .andVerify(details -> {
                    assertThat(details).isEqualTo(lost.account());
                    assertThat(jdbc.sql("select middle_names from referral where child_id = ?").param(child)
                            .query(String.class).single()).as("the name as the file gives it").isEqualTo("Jane");
                });
    }

    @Test
    void anAttendanceAlertThatConcernsMissingEducationIsReferredAndOneThatDoesNotIsNot(Scenario scenario) {
        UUID child = fixtures.child("Absent", "Tendays");
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var rejoin = users.user("admin");
        scenario.publish(new AttendanceAlertRaised(UUID.randomUUID(), AlertKind.CONTINUOUS_UNAUTHORISED, child, academy,
                "Kingsbridge Academy", TestClock.TODAY, "10 school days away", rejoin))
                .andWaitForStateChange(() -> jdbc.sql("select reason from referral where child_id = ?").param(child)
                        .query(String.class).optional().orElse(null))
                .andVerify(reason -> assertThat(reason).isEqualTo("NOT_ATTENDING"));
        UUID other = fixtures.child("Ill", "Fifteendays");
        scenario.publish(new AttendanceAlertRaised(UUID.randomUUID(), AlertKind.ILLNESS, other, academy,
                "Kingsbridge Academy", TestClock.TODAY, "15 school days ill", rejoin))
                .andWaitForStateChange(() -> jdbc.sql("select kind from task where child_id = ?").param(other)
                        .query(String.class).optional().orElse(null))
                .andVerify(kind -> {
                    assertThat(kind).isEqualTo("ATTENDANCE_ILLNESS");
                    assertThat(jdbc.sql("select count(*) from referral where child_id = ?").param(other)
                            .query(Long.class).single()).isZero();
                });
    }

    @Test
    void aChildOnAWaitingReferralWhoJoinsARollIsToldToTheCmeTeam(Scenario scenario) {
        UUID child = fixtures.child("Waiting", "Joiner");
        var school = users.user("secondary");
        scenario.publish(new PupilMissingFromSnapshot(child, "Abbey Primary School", TestClock.TODAY, school))
                .andWaitForStateChange(() -> waitingReferral(child));
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        scenario.publish(new ChildJoinedRoll(child, academy, "Kingsbridge Academy", TestClock.TODAY, school))
                .andWaitForStateChange(() -> jdbc.sql("""
                        select title from task where child_id = ? and kind = 'CME_JOINED_ROLL' and subject_type = 'REFERRAL'""")
                        .param(child).query(String.class).optional().orElse(null))
                .andVerify(title -> assertThat(title).contains("joined Kingsbridge Academy's roll"));
    }
}
