package org.rejoin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.io.ByteArrayInputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * docs/rules/school-days.md: an academy with its own half term. Its own term dates replace the LA's for
 * that school and year only, and every school day counted for its pupils follows them.
 */
@IntegrationTest
class EstablishmentTermsTests {

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    /** The LA's year with the autumn half term a week later: autumn 1 runs a week on, autumn 2 starts a week later. */
    private List<TermPeriod> halfTermAWeekLater(AcademicYear year) {
        var periods = new ArrayList<>(calendar.termDates(year));
        var a1 = periods.get(0);
        var a2 = periods.get(1);
        periods.set(0, new TermPeriod(HalfTerm.AUTUMN_1, a1.startsOn(), a1.endsOn().plusWeeks(1)));
        periods.set(1, new TermPeriod(HalfTerm.AUTUMN_2, a2.startsOn().plusWeeks(1), a2.endsOn()));
        return periods;
    }

    @Test
    void anAcademysOwnHalfTermIsItsSchoolDaysAndNoOneElses() {
        var year = new AcademicYear(2029);
        var academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        var own = halfTermAWeekLater(year);
        // The Wednesday of the LA's half term is term time at the academy; the Wednesday after is its half term.
        LocalDate laHalfTerm = calendar.termDates(year).get(0).endsOn().plusWeeks(1).with(DayOfWeek.WEDNESDAY);
        LocalDate academyHalfTerm = laHalfTerm.plusWeeks(1);
        assertThat(calendar.forEstablishment(academy).isSchoolDay(laHalfTerm)).isFalse();

        users.as("secondary", () -> {
            calendar.setTermDates(academy, year, own, users.user("secondary"));
            return null;
        });
        assertThat(calendar.hasOwnTermDates(academy, year)).isTrue();
        assertThat(calendar.forEstablishment(academy).isSchoolDay(laHalfTerm)).isTrue();
        assertThat(calendar.forEstablishment(academy).isSchoolDay(academyHalfTerm)).isFalse();
        assertThat(calendar.forEstablishment(abbey).isSchoolDay(laHalfTerm)).as("the LA's elsewhere").isFalse();
        assertThat(calendar.forEstablishment(abbey).isSchoolDay(academyHalfTerm)).isTrue();
        assertThat(calendar.forLocalAuthority().isSchoolDay(laHalfTerm)).isFalse();
        assertThat(calendar.termStart(academy, academyHalfTerm.plusWeeks(1))).contains(own.get(0).startsOn());
        // Five school days from the Friday before the LA's half term: the academy teaches through it.
        LocalDate friday = laHalfTerm.minusWeeks(1).with(DayOfWeek.FRIDAY);
        assertThat(calendar.forEstablishment(academy).add(friday, 5)).isEqualTo(laHalfTerm.with(DayOfWeek.FRIDAY));
        assertThat(calendar.forEstablishment(abbey).add(friday, 5)).isEqualTo(academyHalfTerm.with(DayOfWeek.FRIDAY));

        users.as("secondary", () -> {
            calendar.setTermDates(academy, year, List.of(), users.user("secondary"));
            return null;
        });
        assertThat(calendar.hasOwnTermDates(academy, year)).isFalse();
        assertThat(calendar.forEstablishment(academy).isSchoolDay(laHalfTerm)).as("back to the LA's").isFalse();
    }

    @Test
    void onlyTheSchoolItselfOrAnLaAdminSetsItsTermDates() {
        var year = new AcademicYear(2028);
        var academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var own = halfTermAWeekLater(year);
        assertThatThrownBy(() -> users.as("school", () -> {
            calendar.setTermDates(academy, year, own, users.user("school"));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("cme.officer", () -> {
            calendar.setTermDates(academy, year, own, users.user("cme.officer"));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("admin", () -> {
            calendar.setTermDates(academy, year, own.subList(0, 5), users.user("admin"));
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("Enter all six half terms");
        users.as("admin", () -> {
            calendar.setTermDates(academy, year, own, users.user("admin"));
            return null;
        });
        assertThat(calendar.termDates(academy, year)).isEqualTo(own);
        users.as("admin", () -> {
            calendar.setTermDates(academy, year, List.of(), users.user("admin"));
            return null;
        });
    }

    @Test
    void aCsvOfSchoolsTermDatesIsReadWholeAndEveryBadRowNamed() throws Exception {
        var year = new AcademicYear(2027);
        var own = halfTermAWeekLater(year);
        var csv = new StringBuilder("urn,academic_year,half_term,starts_on,ends_on\n");
        for (var p : own) {
            csv.append(TestUsers.KINGSBRIDGE_ACADEMY).append(",2027/28,").append(p.halfTerm()).append(',')
                    .append(p.startsOn()).append(',').append(p.endsOn()).append('\n');
        }
        String bad = csv + "123456,2027,Autumn 1,2027-09-01,2027-10-20\n990001,2027,AUTUMN_9,31/02/2027,2027-10-20\n";
        assertThatThrownBy(() -> users.as("admin", () -> calendar.importTermDates(
                new ByteArrayInputStream(bad.getBytes()), users.user("admin"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::message).containsExactly(
                                "Row 8: no establishment with URN 123456",
                                "Row 9: half_term 'AUTUMN_9' is not one of AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1,"
                                        + " SUMMER_2; starts_on '31/02/2027' is not a date"));
        var academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        assertThat(calendar.hasOwnTermDates(academy, year)).as("nothing saved").isFalse();

        mvc.perform(multipart("/calendar/term-dates/upload").file(new MockMultipartFile("file", "terms.csv", "text/csv",
                        csv.toString().getBytes())).with(user(users.user("admin"))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.termDates(academy, year)).isEqualTo(own);
        mvc.perform(get("/api/v1/calendar/establishments/{id}/2027/terms", academy)
                        .header("Authorization", "Bearer " + users.token("secondary")))
                .andExpect(status().isOk()).andExpect(header().string("Rejoin-Own-Term-Dates", "true"));
        mvc.perform(get("/calendar/establishments/{id}/terms", academy).param("year", "2027")
                        .with(user(users.user("secondary"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("own term dates")));
        mvc.perform(put("/api/v1/calendar/establishments/{id}/2027/terms", academy)
                        .header("Authorization", "Bearer " + users.token("secondary"))
                        .contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isOk());
        assertThat(calendar.hasOwnTermDates(academy, year)).isFalse();
    }
}
