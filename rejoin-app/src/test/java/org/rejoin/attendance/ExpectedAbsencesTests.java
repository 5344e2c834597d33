package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * docs/rules/attendance.md, the illness alert: an expected absence an officer records (a hospital stay)
 * brings the section 19 alert forward to the day it is clear the child will miss 15 school days.
 */
@IntegrationTest
class ExpectedAbsencesTests {

    @Autowired
    ExpectedAbsences expected;

    @Autowired
    AttendanceMarks marks;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    /** The {@code n}th school day at Abbey Primary after the suite's day. */
    private LocalDate schoolDayAhead(int n) {
        return calendar.forEstablishment(users.establishment(TestUsers.ABBEY_PRIMARY)).add(TestClock.TODAY, n);
    }

    private long illnessAlerts(java.util.UUID child) {
        return users.as("cme.officer", () -> marks.alerts(child, users.user("cme.officer"))).stream()
                .filter(a -> a.kind() == AlertKind.ILLNESS).count();
    }

    @Test
    void aHospitalStayOfFifteenSchoolDaysRaisesTheIllnessAlertTheDayItIsRecorded() {
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var officer = users.user("cme.officer");
        users.as("cme.officer", () -> expected.record(p.id(), new ExpectedAbsences.NewExpectedAbsence(schoolDayAhead(1),
                schoolDayAhead(14), "Operation and recovery at the children's hospital"), officer));
        assertThat(illnessAlerts(p.id())).as("fourteen school days are not yet fifteen").isZero();
        users.as("cme.officer", () -> expected.record(p.id(), new ExpectedAbsences.NewExpectedAbsence(schoolDayAhead(15),
                schoolDayAhead(15), "Follow-up stay"), officer));
        assertThat(users.as("cme.officer", () -> marks.alerts(p.id(), officer)))
                .filteredOn(a -> a.kind() == AlertKind.ILLNESS).singleElement()
                .satisfies(a -> assertThat(a.evidence()).contains("15 more expected", "Operation and recovery",
                        "section 19 duty now"));
        assertThat(users.as("school", () -> expected.forChild(p.id(), users.user("school")))).hasSize(2);
    }

    @Test
    void onlyLaStaffRecordOneAndBadDatesAreNamed() throws Exception {
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var absence = new ExpectedAbsences.NewExpectedAbsence(schoolDayAhead(1), schoolDayAhead(3), "Hospital stay");
        assertThatThrownBy(() -> users.as("school", () -> expected.record(p.id(), absence, users.user("school"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("cme.officer", () -> expected.record(p.id(),
                new ExpectedAbsences.NewExpectedAbsence(TestClock.TODAY.minusDays(10), TestClock.TODAY.minusDays(1), " "),
                users.user("cme.officer"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("endsOn", "reason"));
        mvc.perform(post("/api/v1/attendance/children/{id}/expected-absences", p.id())
                        .header("Authorization", "Bearer " + users.token("cme.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startsOn\":\"" + schoolDayAhead(1) + "\",\"endsOn\":\"" + schoolDayAhead(2)
                                + "\",\"reason\":\"Hospital stay\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.reason").value("Hospital stay"));
        mvc.perform(get("/attendance/children/{id}/expected-absences", p.id()).with(user(users.user("cme.officer"))))
                .andExpect(status().isOk());
        mvc.perform(get("/attendance/children/{id}/expected-absences", p.id()).with(user(users.user("school"))))
                .andExpect(status().isForbidden());
    }
}
