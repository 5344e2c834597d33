package org.rejoin.children.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The child pages as an officer uses them: GOV.UK errors, duplicate warnings, conflicts, recent children. */
@IntegrationTest
class ChildPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String forename, String surname,
            String day, String upn) {
        return request.with(user(users.user("cme.officer"))).with(csrf())
                .param("legalForename", forename).param("legalSurname", surname)
                .param("dateOfBirth.day", day).param("dateOfBirth.month", "7").param("dateOfBirth.year", "2015")
                .param("sex", "MALE").param("upn", upn)
                .param("addresses[0].line1", "9 Brook Street").param("addresses[0].postcode", "KB4 1AB");
    }

    @Test
    void mistakesAreListedInTheErrorSummaryAndBesideEachField() throws Exception {
        long before = jdbc.sql("select count(*) from child").query(Long.class).single();
        mvc.perform(form(post("/children"), "", "Kowalski", "31", "A801200005001")
                        .param("dateOfBirth.month", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\">Date of birth must be a real date")))
                .andExpect(content().string(containsString("href=\"#legalForename\">Enter the child&#39;s legal first name")))
                .andExpect(content().string(containsString("href=\"#upn\">UPN check letter is wrong")))
                .andExpect(content().string(containsString("govuk-form-group--error")));
        mvc.perform(form(post("/children"), "", "Kowalski", "3", "A801200005001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#legalForename\">Enter the child&#39;s legal first name")))
                .andExpect(content().string(containsString("href=\"#upn\">UPN check letter is wrong")));
        assertThat(jdbc.sql("select count(*) from child").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPossibleDuplicateIsShownAndTheOfficerConfirmsBeforeANewRecord() throws Exception {
        mvc.perform(form(post("/children"), "Filip", "Wozniak-Test", "14", "")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Filip Wozniak-Test added to the register"));
        mvc.perform(form(post("/children"), "Phillip", "Wozniak-Test", "14", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This child may already be in the register")))
                .andExpect(content().string(containsString("Possible match")))
                .andExpect(content().string(containsString("Possible twins")))
                .andExpect(content().string(containsString("How the records compare")));
        mvc.perform(form(post("/children"), "Phillip", "Wozniak-Test", "14", "").param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from child where legal_surname = 'Wozniak-Test'").query(Integer.class)
                .single()).isEqualTo(2);
    }

    @Test
    void anAutoMatchIsNeverCreatedAgainEvenWhenConfirmed() throws Exception {
        mvc.perform(form(post("/children"), "Eluned", "Quarmby-Test", "9", "")).andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children"), "Eluned", "Quarmby-Test", "9", "").param("confirmedNew", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This child is already in the register")))
                .andExpect(content().string(not(containsString("name=\"confirmedNew\""))));
        assertThat(jdbc.sql("select count(*) from child where legal_surname = 'Quarmby-Test'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void savingOverSomeoneElsesChangeSaysSoAndKeepsTheirChange() throws Exception {
        UUID child = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id();
        long version = jdbc.sql("select version from child where id = ?").param(child).query(Long.class).single();
        mvc.perform(form(post("/children/{id}", child), "First", "Editor", "2", "").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form(post("/children/{id}", child), "Second", "Editor", "2", "").param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this child&#39;s record")));
        assertThat(jdbc.sql("select legal_forename from child where id = ?").param(child).query(String.class).single())
                .isEqualTo("First");
    }

    @Test
    void addAnotherGivesABlankRowWithoutSaving() throws Exception {
        mvc.perform(form(post("/children"), "Rows", "Only", "5", "").param("add", "rows"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"addresses[1].line1\"")))
                .andExpect(content().string(not(containsString("There is a problem"))));
    }

    @Test
    void theHomePageListsTheChildrenTheUserViewedLast() throws Exception {
        UUID child = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        String name = jdbc.sql("select legal_surname from child where id = ?").param(child).query(String.class).single();
        mvc.perform(get("/children/{id}", child).with(user(users.user("school")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrations")));
        mvc.perform(get("/").with(user(users.user("school")))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("/admin/users"))));
    }

    @Test
    void searchByDateOfBirthUpnAndPostcode() throws Exception {
        var child = jdbc.sql("select c.id, c.upn, c.date_of_birth from child c where upn is not null order by id limit 1")
                .query((rs, row) -> new Object[] {rs.getObject(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .single();
        LocalDate dob = (LocalDate) child[2];
        mvc.perform(get("/children").param("upn", ((String) child[1]).toLowerCase()).with(user(users.user("admin"))))
                .andExpect(content().string(containsString(child[0].toString())));
        mvc.perform(get("/children").param("dob.day", String.valueOf(dob.getDayOfMonth()))
                        .param("dob.month", String.valueOf(dob.getMonthValue())).param("dob.year", String.valueOf(dob.getYear()))
                        .with(user(users.user("admin"))))
                .andExpect(content().string(containsString(child[0].toString())));
        mvc.perform(get("/children").param("dob.day", "40").param("dob.month", "1").param("dob.year", "2015")
                        .with(user(users.user("admin"))))
                .andExpect(content().string(containsString("Date of birth must be a real date")));
    }
}
