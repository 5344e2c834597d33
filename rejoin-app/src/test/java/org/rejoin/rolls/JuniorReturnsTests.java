package org.rejoin.rolls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Reg 13(2)-(3): a starter in the youngest class on the first day of the year owes no return unless the LA asked. */
@IntegrationTest
class JuniorReturnsTests {

    @Autowired
    RollReturns returns;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void notAsked() {
        jdbc.sql("delete from junior_returns_request").update();
    }

    /** The latest school year whose first day has come, and that day. */
    private LocalDate firstDay() {
        var year = AcademicYear.of(TestClock.TODAY);
        var first = calendar.termDates(year).get(0).startsOn();
        return first.isAfter(TestClock.TODAY) ? calendar.termDates(new AcademicYear(year.startYear() - 1)).get(0).startsOn() : first;
    }

    /** A Reception starter at Abbey (its youngest class is Reception) on the year's first day, reported today. */
    private RollReturn receptionStarter(String forename, String surname, int monthsBefore, String postcode) {
        LocalDate first = firstDay();
        var child = ChildDetails.reported(forename, null, surname,
                AcademicYear.of(first).firstDay().minusYears(4).minusMonths(monthsBefore), false, Sex.FEMALE, null,
                List.of(new ChildDetails.Address("5 Quay Street", null, "Kingsbridge", postcode, null, null)));
        return users.as("school", () -> returns.joiner(new NewJoiner(null, child, EnrolmentStatus.SINGLE, first),
                users.user("school")));
    }

    @Test
    void noReturnIsOwedAndSoNoneIsLateUntilTheLaAsks() throws Exception {
        assertThat(receptionStarter("Wren", "Althorne", 1, "KB2 7QS").late()).as("weeks after the entry, but no return is owed").isFalse();

        var manager = users.user("manager");
        mvc.perform(get("/rolls/junior-returns").with(user(manager))).andExpect(status().isOk())
                .andExpect(content().string(containsString("has not asked")));
        mvc.perform(get("/rolls/junior-returns").with(user(users.user("cme.officer")))).andExpect(status().isForbidden());
        LocalDate asked = firstDay().minusDays(20);
        mvc.perform(post("/rolls/junior-returns").with(user(manager)).with(csrf()).param("asked", "true")
                        .param("requestedOn.day", String.valueOf(asked.getDayOfMonth()))
                        .param("requestedOn.month", String.valueOf(asked.getMonthValue()))
                        .param("requestedOn.year", String.valueOf(asked.getYear())))
                .andExpect(status().is3xxRedirection());

        assertThat(receptionStarter("Marigold", "Brightling", 5, "KB6 1LP").late()).as("asked before the entry: owed, and weeks late").isTrue();
    }

    @Test
    void theApiReadsForLaStaffAndRecordsForManagers() throws Exception {
        mvc.perform(get("/api/v1/rolls/junior-returns").header("Authorization", "Bearer " + users.token("cme.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requestedOn").doesNotExist());
        mvc.perform(put("/api/v1/rolls/junior-returns").header("Authorization", "Bearer " + users.token("cme.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestedOn\": \"2026-07-01\"}"))
                .andExpect(status().isForbidden());
        String manager = "Bearer " + users.token("manager");
        mvc.perform(put("/api/v1/rolls/junior-returns").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestedOn\": \"" + TestClock.TODAY.plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("requestedOn"));
        mvc.perform(put("/api/v1/rolls/junior-returns").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestedOn\": \"" + TestClock.TODAY + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requestedOn").value(TestClock.TODAY.toString()));
        mvc.perform(put("/api/v1/rolls/junior-returns").header("Authorization", manager)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"requestedOn\": null}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requestedOn").doesNotExist());
    }
}
