package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfAttendanceReceived;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** What attendance does with the facts rolls publishes, as a Modulith scenario. */
@IntegrationTest
@EnableScenarios
class AttendanceReactionsTests {

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolCalendar calendar;

    @Test
    void aTransferFilesMarksForASchoolRejoinHoldsJoinItsRegisterByRouteCtf(Scenario scenario) {
        var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        var day = calendar.forEstablishment(abbey).add(TestClock.TODAY.plusDays(1), -1);
        var laestab = jdbc.sql("select establishment_number from establishment where urn = ?")
                .param(TestUsers.ABBEY_PRIMARY).query(String.class).single();
        var year = new Ctf.AttendanceYear(org.rejoin.calendar.AcademicYear.of(day).startYear(), "999", laestab,
                "Abbey Primary School", null, null, null, null, "/\\", day);
        // Published in the importing officer's transaction, as an import does.
        users.as("cme.officer", () -> {
            scenario.publish(new CtfAttendanceReceived(pupil.id(), "/CTfile/CTFpupilData/Pupil", List.of(year),
                    users.user("cme.officer")))
                    .andWaitForStateChange(() -> jdbc.sql("""
                            select count(*) from attendance_load where route = 'CTF' and loaded_by = 'cme.officer'
                            and exists (select 1 from attendance_month where child_id = ?)""").param(pupil.id())
                            .query(Long.class).single(), n -> n > 0)
                    .andVerify(n -> assertThat(n).isPositive());
            return null;
        });
    }
}
