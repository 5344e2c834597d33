package org.rejoin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SchoolCalendarTests {

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void theDemoHasTermDatesForEveryYearItCovers() {
        assertThat(calendar.yearsWithTermDates()).first().isEqualTo(new AcademicYear(2020));
        assertThat(calendar.yearsWithTermDates()).last().isEqualTo(new AcademicYear(2031));
        assertThat(calendar.bankHolidays(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30)))
                .extracting(BankHoliday::name).containsExactly("Bank Holiday for the State Funeral of Queen Elizabeth II");
    }

    @Test
    void overlappingOrIncompleteTermDatesAreRefusedNamingTheHalfTerm() {
        var year = new AcademicYear(2031);
        var periods = new ArrayList<>(calendar.termDates(year));
        periods.set(1, new TermPeriod(HalfTerm.AUTUMN_2, periods.get(0).endsOn(), periods.get(1).endsOn()));
        var admin = users.user("admin");
        assertThatThrownBy(() -> SystemAuthentication.run(admin, () -> {
            calendar.setTermDates(year, periods, admin);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("Autumn 2 must start after Autumn 1 ends")));
        assertThatThrownBy(() -> SystemAuthentication.run(admin, () -> {
            calendar.setTermDates(year, periods.subList(0, 5), admin);
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter all six half terms");
    }

    @Test
    void anInsetDayChangesTheEstablishmentsArithmeticAsSoonAsItIsSaved() {
        var admin = users.user("admin");
        var school = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var year = new AcademicYear(2030);
        LocalDate firstDay = calendar.termDates(year).get(0).startsOn();
        assertThat(calendar.forEstablishment(school).isSchoolDay(firstDay)).isTrue();
        SystemAuthentication.run(admin, () -> {
            calendar.setInsetDays(school, year, List.of(firstDay), admin);
            return null;
        });
        assertThat(calendar.forEstablishment(school).isSchoolDay(firstDay)).isFalse();
        assertThat(calendar.forLocalAuthority().isSchoolDay(firstDay)).isTrue();
    }

    @Test
    void theApiCountsAndAddsSchoolDays() throws Exception {
        String token = users.token("cme.officer");
        LocalDate start = calendar.termDates(new AcademicYear(2027)).get(0).startsOn();
        mvc.perform(get("/api/v1/calendar/school-days/add").param("date", start.minusDays(1).toString()).param("days", "1")
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value(start.toString()));
        mvc.perform(get("/api/v1/calendar/school-days").param("from", "2040-01-01").param("to", "2040-02-01")
                .header("Authorization", "Bearer " + token)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("No term dates for the academic year 2039/40")));
    }

    @Test
    void theTermDatesPageShowsErrorsOnTheFieldsTheyBelongTo() throws Exception {
        mvc.perform(get("/calendar").with(user(users.user("manager")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bank holidays")));
        mvc.perform(post("/calendar/2031/terms").with(user(users.user("admin"))).with(csrf())
                .param("rows[0].halfTerm", "AUTUMN_1").param("rows[0].startsOn.day", "31").param("rows[0].startsOn.month", "2")
                .param("rows[0].startsOn.year", "2031"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("First day must be a real date")))
                .andExpect(content().string(containsString("href=\"#rows0.startsOn\"")));
        mvc.perform(get("/calendar/2031/terms").with(user(users.user("manager")))).andExpect(status().isForbidden());
    }
}
