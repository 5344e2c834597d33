package org.rejoin.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSearch;
import org.rejoin.children.ChildSummary;
import org.rejoin.platform.ResultPage;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * School, provider and agency users see only children connected to their organisation, in the
 * service layer, the web and the API; LA staff see every child.
 */
@IntegrationTest
class OrganisationScopeTests {

    @Autowired
    ChildRegister register;

    @Autowired
    Registrations registrations;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolSeesItsOwnPupilButNotAnotherSchoolsChild() {
        UUID own = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        UUID other = fixtures.child("Stranger", "Elsewhere");
        var school = users.user("school");
        int refusalsBefore = refusals(other);

        assertThat(users.as("school", () -> register.view(own, school)).id()).isEqualTo(own);
        assertThatThrownBy(() -> users.as("school", () -> register.view(other, school)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(refusals(other)).as("the refusal is audited").isEqualTo(refusalsBefore + 1);
    }

    private int refusals(UUID child) {
        return jdbc.sql("""
                select count(*) from audit_event where child_id = ? and outcome = 'DENIED' and actor_username = 'school'""")
                .param(child).query(Integer.class).single();
    }

    @Test
    void aSchoolsSearchNeverReturnsAChildItIsNotConnectedTo() {
        var school = users.user("school");
        var everyone = users.as("school", () -> register.search(new ChildSearch(null, null, null, null),
                ResultPage.request(1, 100), school));
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        assertThat(everyone.total()).isPositive();
        for (ChildSummary child : everyone.items()) {
            assertThat(jdbc.sql("select count(*) from registration where child_id = ? and establishment_id = ?")
                    .params(child.id(), abbey).query(Integer.class).single()).isPositive();
        }
        UUID other = fixtures.child("Stranger", "Elsewhere");
        String surname = jdbc.sql("select legal_surname from child where id = ?").param(other).query(String.class).single();
        assertThat(users.as("school", () -> register.search(new ChildSearch(surname, null, null, null),
                ResultPage.request(1, 100), school)).items()).extracting(ChildSummary::id).doesNotContain(other);
    }

    @Test
    void aSchoolStillSeesAPupilWhoLeftWithinTwelveMonthsButNotOneWhoLeftLongBefore() {
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        LocalDate today = TestClock.TODAY;
        UUID recent = users.as("cme.officer", () -> register.create(
                TestUsers.child("Recent", "Leaver", today.minusYears(8), null), true, users.user("cme.officer")).id());
        UUID longGone = users.as("cme.officer", () -> register.create(
                TestUsers.child("Long", "Gone", today.minusYears(9), null), true, users.user("cme.officer")).id());
        users.as("cme.officer", () -> registrations.record(new NewRegistration(recent, abbey, EnrolmentStatus.SINGLE,
                today.minusYears(3), today.minusMonths(6), DeletionGround.NO_LONGER_LIVES_NEARBY), users.user("cme.officer")));
        users.as("cme.officer", () -> registrations.record(new NewRegistration(longGone, abbey, EnrolmentStatus.SINGLE,
                today.minusYears(4), today.minusMonths(18), DeletionGround.NO_LONGER_LIVES_NEARBY), users.user("cme.officer")));

        var school = users.user("school");
        assertThat(register.canSee(recent, school)).isTrue();
        assertThat(register.canSee(longGone, school)).isFalse();
    }

    @Test
    void anAgencySeesNoChildItHasNotBeenConnectedTo() {
        var agency = users.user("agency");
        assertThat(users.as("agency", () -> register.search(new ChildSearch(null, null, null, null),
                ResultPage.request(1, 10), agency)).total()).isZero();
        assertThatThrownBy(() -> users.as("agency", () -> register.view(fixtures.pupil(TestUsers.ABBEY_PRIMARY).id(), agency)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWebRefusesAnotherSchoolsChild() throws Exception {
        UUID own = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        UUID other = fixtures.child("Stranger", "Elsewhere");
        mvc.perform(get("/children/{id}", own).with(user(users.user("school")))).andExpect(status().isOk());
        mvc.perform(get("/children/{id}", other).with(user(users.user("school")))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}", own).with(user(users.user("agency")))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}", other).with(user(users.user("secondary")))).andExpect(result ->
                assertThat(result.getResponse().getStatus()).isIn(200, 403));
        mvc.perform(get("/children/{id}", other).with(user(users.user("admin")))).andExpect(status().isOk());
    }

    @Test
    void theApiRefusesAnotherSchoolsChild() throws Exception {
        String schoolToken = users.token("school");
        UUID own = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        UUID other = fixtures.child("Stranger", "Elsewhere");
        mvc.perform(get("/api/v1/children/{id}", own).header("Authorization", "Bearer " + schoolToken))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/{id}", other).header("Authorization", "Bearer " + schoolToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/{id}", own).header("Authorization", "Bearer " + users.token("agency")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/{id}", other).header("Authorization", "Bearer " + users.token("cme.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void onlyLaStaffMayAddOrChangeChildrenOrSeeTheAuditTrail() throws Exception {
        UUID own = fixtures.pupil(TestUsers.ABBEY_PRIMARY).id();
        mvc.perform(get("/children/new").with(user(users.user("school")))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/edit", own).with(user(users.user("school")))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/audit", own).with(user(users.user("cme.officer")))).andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/audit", own).with(user(users.user("manager")))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(user(users.user("manager")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(user(users.user("admin")))).andExpect(status().isOk());
    }
}
