package org.rejoin.cme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.referrals.Referrals;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** ADR 12: from a minimal phone referral to closure in provision, through the web and the API. */
@IntegrationTest
class CmeCasesTests {

    @Autowired
    Referrals referrals;

    @Autowired
    org.rejoin.children.ChildRegister register;

    @Autowired
    CmeCases cases;

    @Autowired
    Tasks tasks;

    @Autowired
    TestUsers users;

    @Autowired
    org.rejoin.Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.rejoin.rolls.Registrations registrations;

    @Autowired
    org.rejoin.rolls.RollReturns rollReturns;

    private UUID caseOf(UUID referralId) {
        return jdbc.sql("select id from cme_case where referral_id = ?").param(referralId).query(UUID.class).single();
    }

    @Test
    void aPhoneReferralGoesAllTheWayToAPlaceInSchoolThroughTheWebAndEveryStepIsDated() throws Exception {
        var officer = users.user("cme.officer");
        String today = String.valueOf(TestClock.TODAY.getDayOfMonth());
        String month = String.valueOf(TestClock.TODAY.getMonthValue());
        String year = String.valueOf(TestClock.TODAY.getYear());
        mvc.perform(post("/referrals").with(user(officer)).with(csrf()).param("source", "PARENT_OR_CARER")
                        .param("referrerName", "Grandmother, Mrs Ellery").param("forename", "Rowan").param("surname", "Ellery")
                        .param("approximateAge", "10").param("reason", "NEW_ARRIVAL"))
                .andExpect(status().is3xxRedirection());
        UUID referralId = jdbc.sql("select id from referral where forename = 'Rowan' and surname = 'Ellery'")
                .query(UUID.class).single();
        mvc.perform(post("/referrals/{id}/child", referralId).with(user(officer)).with(csrf()).param("version", "0")
                .param("confirmedNew", "true")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/referrals/{id}/decision", referralId).with(user(officer)).with(csrf()).param("version", "1")
                .param("decision", "MISSING_EDUCATION")).andExpect(status().is3xxRedirection());
        UUID caseId = caseOf(referralId);
        var opened = users.as("cme.officer", () -> cases.get(caseId, officer));
        assertThat(opened.status()).isEqualTo(CaseStatus.NOT_LOCATED);
        assertThat(opened.kind()).isEqualTo(CaseKind.MISSING_EDUCATION);
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).extracting(Task::kind)
                .contains("CME_LOCATE", "CME_PROVISION_DETERMINED", "CME_IN_PROVISION");

        mvc.perform(get("/cme").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("All open cases")));
        mvc.perform(get("/cme/cases").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rowan Ellery")))
                .andExpect(content().string(containsString("Not located")));

        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf()).param("version", "0")
                        .param("milestone", "PROVISION_ACCESSED").param("occurredOn.day", today)
                        .param("occurredOn.month", month).param("occurredOn.year", year))
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot be marked provision accessed next")));
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf()).param("version", "0")
                        .param("milestone", "LOCATED").param("occurredOn.day", today).param("occurredOn.month", month)
                        .param("occurredOn.year", String.valueOf(TestClock.TODAY.getYear() + 1)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The date must be today or in the past")));
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf()).param("version", "0")
                        .param("occurredOn.day", "31").param("occurredOn.month", "2").param("occurredOn.year", year))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The date must be a real date")))
                .andExpect(content().string(containsString("Select the step reached")))
                .andExpect(content().string(containsString("id=\"milestone-error\"")))
                .andExpect(content().string(containsString("id=\"occurredOn-error\"")));

        mvc.perform(post("/cme/cases/{id}/enquiries", caseId).with(user(officer)).with(csrf()).param("check", "HOME_VISIT")
                .param("checkedOn.day", today).param("checkedOn.month", month).param("checkedOn.year", year)
                .param("enquiryOutcome", "FOUND").param("enquiryNotes", "Family at 12 Harbour Row, mother home"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as("cme.officer", () -> cases.outstandingChecks(caseId, officer)))
                .doesNotContain(EnquiryCheck.HOME_VISIT).contains(EnquiryCheck.GP_OR_HEALTH);
        // A note's date the service finds wrong is shown on the note's date, once, not on the milestone's.
        mvc.perform(post("/cme/cases/{id}/notes", caseId).with(user(officer)).with(csrf()).param("noteOn.day", "1")
                .param("noteOn.month", "1").param("noteOn.year", "2999").param("text", "Visited"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#noteOn\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"#occurredOn\""))));
        mvc.perform(post("/cme/cases/{id}/notes", caseId).with(user(officer)).with(csrf()).param("noteOn.day", today)
                .param("noteOn.month", month).param("noteOn.year", year).param("contactWith", "Mother")
                .param("method", "Visit").param("text", "Agreed to apply for Kingsbridge Academy"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/cme/cases/{id}/documents", caseId).file(new MockMultipartFile("document", "consent.pdf",
                        "application/pdf", "%PDF-1.4 consent".getBytes())).param("description", "Signed consent")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/cme/cases/{id}/documents", caseId).file(new MockMultipartFile("document", "photo.pdf",
                        "application/pdf", new byte[] {0x4D, 0x5A, 0x00, 0x01})).with(user(officer)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("must be a PDF")));

        for (var step : new String[] {"LOCATED", "NEEDS_DETERMINED", "PROVISION_IDENTIFIED"}) {
            long version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
            mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                    .param("version", String.valueOf(version)).param("milestone", step).param("occurredOn.day", today)
                    .param("occurredOn.month", month).param("occurredOn.year", year)).andExpect(status().is3xxRedirection());
        }
        long version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(version)).param("milestone", "CLOSED").param("outcome", "IN_SCHOOL")
                        .param("occurredOn.day", today).param("occurredOn.month", month).param("occurredOn.year", year))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the date the child entered provision before closing")));
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(version)).param("milestone", "PROVISION_ACCESSED")
                        .param("destination", "Kingsbridge Academy").param("occurredOn.day", today)
                        .param("occurredOn.month", month).param("occurredOn.year", year))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rejoin holds no school&#39;s registration of the child")));
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(version)).param("milestone", "PROVISION_ACCESSED")
                        .param("destination", "Kingsbridge Academy").param("occurredOn.day", today)
                        .param("occurredOn.month", month).param("occurredOn.year", year)
                        .param("details", "Place confirmed by the academy's admissions officer by phone"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).noneMatch(Task::isOpen);
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(version + 1)).param("milestone", "CLOSED").param("outcome", "IN_SCHOOL")
                        .param("occurredOn.day", today).param("occurredOn.month", month).param("occurredOn.year", year))
                .andExpect(status().is3xxRedirection());

        var closed = users.as("cme.officer", () -> cases.get(caseId, officer));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(ClosureOutcome.IN_SCHOOL);
        assertThat(closed.milestones()).extracting(MilestoneEntry::milestone).containsExactly(Milestone.IDENTIFIED,
                Milestone.LOCATED, Milestone.NEEDS_DETERMINED, Milestone.PROVISION_IDENTIFIED, Milestone.PROVISION_ACCESSED,
                Milestone.CLOSED);
        assertThat(closed.milestones()).allSatisfy(m -> assertThat(m.recordedBy()).isEqualTo("cme.officer"));
        mvc.perform(get("/cme/cases/{id}", caseId).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact with Mother")))
                .andExpect(content().string(containsString("consent.pdf")))
                .andExpect(content().string(containsString("Kingsbridge Academy")))
                // The Dates panel gives each step the day it was recorded, not "Not yet".
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Not yet"))))
                // Who did each step is named as a person, not by username.
                .andExpect(content().string(containsString(", " + officer.displayName() + "<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(", cme.officer<"))))
                .andExpect(content().string(containsString(org.rejoin.platform.Text.date(TestClock.TODAY))));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CME_MILESTONE_RECORDED' and child_id = ?")
                .param(closed.childId()).query(Integer.class).single()).isEqualTo(5);
        mvc.perform(get("/children/{id}", closed.childId()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(closed.reference())));
    }

    @Test
    void aClosedCaseReopensWhenAPlacementBreaksDownKeepingItsHistory() {
        var officer = users.user("cme.officer");
        UUID caseId = openedCase("Juniper", "Halcombe");
        var c = users.as("cme.officer", () -> cases.get(caseId, officer));
        var closed = users.as("cme.officer", () -> cases.record(caseId, c.version(), new NewMilestone(Milestone.CLOSED,
                TestClock.TODAY, "Moved to Devon", ClosureOutcome.MOVED_TO_OTHER_LA, "Devon CC, CME officer J. Marsh"), officer));
        assertThat(closed.isOpen()).isFalse();
        assertThatThrownBy(() -> users.as("cme.officer", () -> cases.record(caseId, closed.version(),
                new NewMilestone(Milestone.LOCATED, TestClock.TODAY, null, null, null), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be marked located next");
        var reopened = users.as("cme.officer", () -> cases.record(caseId, closed.version(), new NewMilestone(
                Milestone.REOPENED, TestClock.TODAY, "Family returned; school place refused", null, null), officer));
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.status()).isEqualTo(CaseStatus.LOCATED);
        assertThat(reopened.milestones()).hasSize(3);
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).filteredOn(Task::isOpen)
                .extracting(Task::kind).contains("CME_PROVISION_DETERMINED", "CME_IN_PROVISION");
    }

    @Test
    void closingWithoutAnOutcomeOrAMoveWithoutADestinationIsRefused() {
        var officer = users.user("cme.officer");
        UUID caseId = openedCase("Peregrine", "Ashcott");
        long version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
        assertThatThrownBy(() -> users.as("cme.officer", () -> cases.record(caseId, version,
                new NewMilestone(Milestone.CLOSED, TestClock.TODAY, null, null, null), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Select the outcome");
        assertThatThrownBy(() -> users.as("cme.officer", () -> cases.record(caseId, version,
                new NewMilestone(Milestone.CLOSED, TestClock.TODAY, null, ClosureOutcome.MOVED_TO_OTHER_LA, " "), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("receiving CME contact");
        assertThatThrownBy(() -> users.as("cme.officer", () -> cases.record(caseId, version,
                new NewMilestone(Milestone.LOCATED, TestClock.TODAY.minusYears(1), null, null, null), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not be before the last step");
    }

    @Test
    void theApiRecordsMilestonesWithIfMatchAndSchoolsAndAgenciesCannotSeeCases() throws Exception {
        UUID caseId = openedCase("Linnea", "Brantwood");
        String token = users.token("cme.officer");
        mvc.perform(get("/api/v1/cme/cases/{id}", caseId).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("NOT_LOCATED"))
                .andExpect(jsonPath("$.outstandingChecks.length()").value(11));
        mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"milestone\": \"LOCATED\", \"occurredOn\": \"" + TestClock.TODAY + "\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"milestone\": \"NEEDS_DETERMINED\", \"occurredOn\": \"" + TestClock.TODAY + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("milestone"));
        mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"milestone\": \"LOCATED\", \"occurredOn\": \"" + TestClock.TODAY + "\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("LOCATED"));
        mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"milestone\": \"NEEDS_DETERMINED\", \"occurredOn\": \"" + TestClock.TODAY + "\"}"))
                .andExpect(status().isPreconditionFailed());

        mvc.perform(get("/api/v1/cme/cases/{id}", caseId).header("Authorization", "Bearer " + users.token("school")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cme/cases/{id}", caseId).with(user(users.user("agency")))).andExpect(status().isForbidden());
        mvc.perform(get("/cme").with(user(users.user("school")))).andExpect(status().isForbidden());
        var childId = users.as("cme.officer", () -> cases.get(caseId, users.user("cme.officer"))).childId();
        users.as("cme.officer", () -> registrations.record(new org.rejoin.rolls.NewRegistration(childId,
                users.establishment(TestUsers.ABBEY_PRIMARY), org.rejoin.rolls.EnrolmentStatus.SINGLE, TestClock.TODAY, null,
                null), users.user("cme.officer")));
        mvc.perform(get("/children/{id}", childId).with(user(users.user("school")))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Children missing education cases"))));
    }

    @Test
    void theManagerSeesCasesByStatusAndTimeToProvisionAndOthersCannot() throws Exception {
        var officer = users.user("cme.officer");
        UUID caseId = openedCase("Saffron", "Wenlock");
        for (var step : new Milestone[] {Milestone.LOCATED, Milestone.NEEDS_DETERMINED, Milestone.PROVISION_IDENTIFIED,
                Milestone.PROVISION_ACCESSED}) {
            long version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
            users.as("cme.officer", () -> cases.record(caseId, version, new NewMilestone(step, TestClock.TODAY,
                    step == Milestone.PROVISION_ACCESSED ? "Confirmed by the school office" : null, null,
                    step == Milestone.PROVISION_ACCESSED ? "Abbey Primary School" : null), officer));
        }
        var figures = users.as("manager", () -> cases.figures(users.user("manager")));
        assertThat(figures.byStatus().get(CaseStatus.IN_PROVISION)).isPositive();
        assertThat(figures.placed()).isPositive();
        assertThat(figures.daysToProvisionMedian()).isNotNull();
        assertThat(figures.daysToProvision90th()).isGreaterThanOrEqualTo(figures.daysToProvisionMedian());
        mvc.perform(get("/cme/manager").with(user(users.user("manager")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("From referral to provision")))
                .andExpect(content().string(containsString("In provision")));
        mvc.perform(get("/cme/manager").with(user(users.user("key.worker")))).andExpect(status().isForbidden());
        mvc.perform(get("/cme/manager").with(user(users.user("school")))).andExpect(status().isForbidden());
    }

    @Test
    void theWholePathWorksThroughTheApiToo() throws Exception {
        String token = users.token("cme.officer");
        String body = mvc.perform(post("/api/v1/referrals").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"source": "PARENT_OR_CARER", "referrerName": "Father", "forename": "Ines", "surname": "Calloway",
                                 "dateOfBirth": "2013-03-14", "reason": "NEW_ARRIVAL"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String referralId = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var officer = users.user("cme.officer");
        var child = users.as("cme.officer", () -> register.create(TestUsers.child("Ines", "Calloway",
                LocalDate.of(2013, 3, 14), null), true, officer));
        mvc.perform(post("/api/v1/referrals/{id}/link", referralId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\": \"" + child.id() + "\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(post("/api/v1/referrals/{id}/decision", referralId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"MISSING_EDUCATION\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("MISSING_EDUCATION"));
        UUID caseId = caseOf(UUID.fromString(referralId));
        String today = TestClock.TODAY.toString();
        int version = 0;
        for (var step : new String[] {"LOCATED", "NEEDS_DETERMINED", "PROVISION_IDENTIFIED", "PROVISION_ACCESSED"}) {
            mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                            .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"milestone\": \"" + step + "\", \"occurredOn\": \"" + today
                                    + "\", \"destination\": \"Kingsbridge Academy\", \"details\": \"Confirmed by the"
                                    + " academy's admissions officer\"}"))
                    .andExpect(status().isOk());
            version++;
        }
        mvc.perform(post("/api/v1/cme/cases/{id}/milestones", caseId).header("Authorization", "Bearer " + token)
                        .header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"milestone\": \"CLOSED\", \"occurredOn\": \"" + today + "\", \"outcome\": \"IN_SCHOOL\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.details.milestones.length()").value(6));
        mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cme/cases/{id}/milestones")))
                .andExpect(content().string(containsString("/api/v1/referrals/{id}/decision")));
    }

    @Test
    void aChildOnAnOpenCaseWhoJoinsARollIsToldToTheCaseOfficer() {
        var officer = users.user("cme.officer");
        UUID caseId = openedCase("Nico", "Ravensby");
        users.as("secondary", () -> rollReturns.joiner(new org.rejoin.rolls.NewJoiner(null, new org.rejoin.children.ChildDetails(
                "Nico", null, "Ravensby", null, null, LocalDate.of(2015, 5, 5), false, org.rejoin.children.Sex.MALE, null,
                null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of()),
                org.rejoin.rolls.EnrolmentStatus.SINGLE, TestClock.TODAY), users.user("secondary")));
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).filteredOn(Task::isOpen)
                .extracting(Task::title).anyMatch(t -> t.startsWith("Nico Ravensby joined Kingsbridge Academy's roll"));
    }

    @Test
    void aChildStillOnARollIsNotOutOfProvisionSoNoMissingThresholdFallsDueTheDayTheCaseOpens() {
        var officer = users.user("cme.officer");
        var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        var referral = users.as("cme.officer", () -> referrals.submit(new org.rejoin.referrals.NewReferral(null, null,
                null, null, "Onroll", null, "Fixture", null, 9, null, null, null, null,
                org.rejoin.referrals.ReferralReason.NOT_ATTENDING, null, null, null, false), officer));
        var linked = users.as("cme.officer", () -> referrals.link(referral.id(), pupil.id(), referral.version(), officer));
        users.as("cme.officer", () -> referrals.decide(referral.id(), linked.version(), new org.rejoin.referrals.Triage(
                org.rejoin.referrals.TriageDecision.MISSING_EDUCATION, null, null, null, null), officer));
        UUID caseId = caseOf(referral.id());
        var opened = users.as("cme.officer", () -> cases.get(caseId, officer));
        assertThat(opened.lastKnownPlacement()).isEqualTo("Abbey Primary School");
        assertThat(opened.lastKnownPlacementOn()).as("still on its roll: not out of provision").isNull();
        assertThat(opened.keyWorker()).as("the deciding officer holds the case from the start").isEqualTo(officer.id());
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).allSatisfy(t ->
                assertThat(t.assignedTo()).isEqualTo(officer.id()));
        assertThat(users.as("cme.officer", () -> tasks.forSubject(caseId, officer))).extracting(Task::kind)
                .doesNotContain("CME_MISSING_THRESHOLD");
    }

    @Test
    void anEnquiryThatFoundTheChildOffersToRecordLocatedInOneStep() throws Exception {
        var officer = users.user("cme.officer");
        UUID caseId = openedCase("Found", "Trelawney");
        users.as("cme.officer", () -> cases.addEnquiry(caseId, new org.rejoin.cme.NewEnquiry(
                org.rejoin.cme.EnquiryCheck.HOME_VISIT, TestClock.TODAY, org.rejoin.cme.EnquiryOutcome.FOUND,
                "Found the child at home with mother"), officer));
        var version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
        mvc.perform(get("/cme/cases/{id}", caseId).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the child as located on that day")));
        mvc.perform(post("/cme/cases/{id}/milestones", caseId).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(version)).param("milestone", "LOCATED")
                        .param("occurredOn.day", String.valueOf(TestClock.TODAY.getDayOfMonth()))
                        .param("occurredOn.month", String.valueOf(TestClock.TODAY.getMonthValue()))
                        .param("occurredOn.year", String.valueOf(TestClock.TODAY.getYear()))
                        .param("details", "Found the child at home with mother"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as("cme.officer", () -> cases.get(caseId, officer)).status()).isEqualTo(CaseStatus.LOCATED);
        mvc.perform(get("/cme/cases/{id}", caseId).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record the child as located on that day"))));
    }

    @Test
    void theReferrerSeesWhereTheCaseTheirReferralOpenedStands() throws Exception {
        var school = users.user("school");
        var officer = users.user("cme.officer");
        var referral = users.as("school", () -> referrals.submit(new org.rejoin.referrals.NewReferral(null, null,
                null, null, "Kerensa", null, "Polwhele", LocalDate.of(2016, 4, 4), null, null, null, null, null,
                org.rejoin.referrals.ReferralReason.WHEREABOUTS_UNKNOWN, null, null, null, false), school));
        var linked = users.as("cme.officer", () -> referrals.createChild(referral.id(), referral.version(), true, officer));
        users.as("cme.officer", () -> referrals.decide(referral.id(), linked.version(), new org.rejoin.referrals.Triage(
                org.rejoin.referrals.TriageDecision.MISSING_EDUCATION, null, null, null, null), officer));
        UUID caseId = caseOf(referral.id());
        assertThat(users.as("school", () -> referrals.madeBy(school))).filteredOn(r -> r.id().equals(referral.id()))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("CASE_NOT_LOCATED"));
        var version = users.as("cme.officer", () -> cases.get(caseId, officer)).version();
        users.as("cme.officer", () -> cases.record(caseId, version, new org.rejoin.cme.NewMilestone(Milestone.LOCATED,
                TestClock.TODAY, "At her grandmother's", null, null), officer));
        assertThat(users.as("school", () -> referrals.madeBy(school))).filteredOn(r -> r.id().equals(referral.id()))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("CASE_LOCATED"));
        mvc.perform(get("/referrals").with(user(school))).andExpect(status().isOk())
                .andExpect(content().string(containsString("the child has been found")));
    }

    /** A case opened from a referral decided today, as an officer would. */
    private UUID openedCase(String forename, String surname) {
        var officer = users.user("cme.officer");
        var referral = users.as("cme.officer", () -> referrals.submit(new org.rejoin.referrals.NewReferral(null, null,
                null, null, forename, null, surname, LocalDate.of(2015, 5, 5), null, null, null, null, null,
                org.rejoin.referrals.ReferralReason.WHEREABOUTS_UNKNOWN, null, null, null, false), officer));
        var linked = users.as("cme.officer", () -> referrals.createChild(referral.id(), referral.version(), true, officer));
        users.as("cme.officer", () -> referrals.decide(referral.id(), linked.version(), new org.rejoin.referrals.Triage(
                org.rejoin.referrals.TriageDecision.MISSING_EDUCATION, null, null, null, null), officer));
        return caseOf(referral.id());
    }

    @Test
    void theCmeHomeShowsTheTenMostUrgentEscalationsAndCountsTheRest() throws Exception {
        var officer = users.user("cme.officer");
        for (int i = 0; i < 11; i++) {
            // A safeguarding concern escalates the referral: an urgent task to tell children's social care.
            users.as("cme.officer", () -> referrals.submit(new org.rejoin.referrals.NewReferral(null, null, null, null,
                    "Escalated", null, "Crowdy", null, 9, null, null, null, null,
                    org.rejoin.referrals.ReferralReason.WHEREABOUTS_UNKNOWN, null, null, null, true), officer));
        }
        long urgent = users.as("cme.officer", () -> tasks.queue(officer, null,
                org.rejoin.platform.ResultPage.request(1, 10))).urgent();
        assertThat(urgent).isGreaterThan(10);
        mvc.perform(get("/cme").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(urgent + " escalations: tell children")))
                .andExpect(content().string(containsString("These are the first 10 of " + urgent)));
    }
}
