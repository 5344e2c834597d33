package org.rejoin.rolls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reg 9(1)(i) against the marks Rejoin holds: a claim of 20 school days' continuous absence is
 * refused for a child marked present, and shown to the LA as verified when the marks bear it out
 * (docs/rules/rolls.md).
 */
@IntegrationTest
class DeletionEvidenceTests {

    @Autowired
    RollReturns returns;

    @Autowired
    AttendanceMarks marks;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestUsers users;

    /** The last {@code count} school days at the pupil's school up to the suite's latest school day, oldest first. */
    private List<LocalDate> lastSchoolDays(int count) {
        var days = calendar.forEstablishment(users.establishment(TestUsers.ABBEY_PRIMARY));
        var result = new ArrayList<LocalDate>();
        for (int i = count - 1; i >= 0; i--) {
            result.add(days.add(fixtures.schoolDay(), -i));
        }
        return result;
    }

    private void mark(Fixtures.Pupil p, List<LocalDate> days, String code) {
        var load = new ArrayList<NewMark>();
        for (var day : days) {
            load.add(new NewMark(p.upn(), p.urn(), day, Session.AM, code));
            load.add(new NewMark(p.upn(), p.urn(), day, Session.PM, code));
        }
        users.as("school", () -> marks.load(load, "API", users.user("school")));
    }

    private NewDeletion groundI(Fixtures.Pupil p, LocalDate absentFrom) {
        return new NewDeletion(null, p.id(), TestClock.TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, "Calls, letters and two home visits", TestClock.TODAY, null, absentFrom,
                null, null, null, null);
    }

    @Test
    void aChildMarkedPresentAtEverySessionThatMorningIsNotContinuouslyAbsent() {
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var days = lastSchoolDays(25);
        mark(p, days.subList(0, 24), "O");
        users.as("school", () -> marks.load(List.of(new NewMark(p.upn(), p.urn(), days.get(24), Session.AM, "/")), "API",
                users.user("school")));
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(groundI(p, days.get(0)), users.user("school"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The register shows / (present or at an approved activity) on " + org.rejoin.platform.Text.date(days.get(24)))
                .hasMessageContaining("ground (i) is not met");
    }

    @Test
    void twentySchoolDaysOfUnauthorisedAbsenceInTheMarksAreShownToTheLaAsVerified() {
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var days = lastSchoolDays(21);
        mark(p, days.subList(0, 1), "/");
        mark(p, days.subList(1, 21), "O");
        var saved = users.as("school", () -> returns.deletion(groundI(p, null), users.user("school")));
        assertThat(saved.status()).isEqualTo(DeletionStatus.PENDING_LA);
        var record = users.as("cme.officer", () -> returns.deletionRecord(saved.id(), users.user("cme.officer")));
        assertThat(record.marksVerified()).isTrue();
        assertThat(record.evidence()).contains("20 school days of unauthorised absence", org.rejoin.platform.Text.date(days.get(1)));
    }

    @Test
    void nineteenSchoolDaysAreRefusedNamingTheMarkBeforeThem() {
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var days = lastSchoolDays(20);
        mark(p, days.subList(0, 1), "I");
        mark(p, days.subList(1, 20), "G");
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(groundI(p, null), users.user("school"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("I (illness) on " + org.rejoin.platform.Text.date(days.get(0)))
                .hasMessageContaining("19 school days, not 20");
    }
}
