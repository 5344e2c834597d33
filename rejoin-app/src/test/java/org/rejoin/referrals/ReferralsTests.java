package org.rejoin.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;
import org.rejoin.tasks.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** ADR 12's intake: every route in, escalation at once (docs/rules/cme.md), triage to a decision, and who sees what. */
@IntegrationTest
class ReferralsTests {

    @Autowired
    Referrals referrals;

    @Autowired
    Tasks tasks;

    @Autowired
    ChildRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    org.rejoin.organisations.Organisations organisations;

    @Autowired
    org.rejoin.access.UserAccounts accounts;

    @Autowired
    org.rejoin.rolls.RollReturns movements;

    private static NewReferral minimal(String forename, String surname, Integer age) {
        return NewReferral.of(
                new NewReferral.ReferredBy(null, null, null, null),
                new ChildAsReferred(forename, null, surname, null, age, null, null, null, null),
                new Concern(ReferralReason.WHEREABOUTS_UNKNOWN, null, null, null, false));
    }

    @Test
    void theIntakeIsSearchedByReferenceNameOrReferrerAndFilteredByRouteAndEscalation() throws Exception {
        var officer = users.user("cme.officer");
        var referral = users.as("cme.officer", () -> referrals.submit(new NewReferral(null, null, null, null, "Jowan",
                null, "Tregenza", null, 10, null, null, null, null, ReferralReason.WHEREABOUTS_UNKNOWN, null, null, null,
                false), officer));
        var byName = users.as("cme.officer", () -> referrals.intake(new org.rejoin.referrals.IntakeFilter("tregenza",
                null, null, null), ResultPage.request(1, 25), officer));
        assertThat(byName.items()).extracting(Referral::id).containsExactly(referral.id());
        var byReference = users.as("cme.officer", () -> referrals.intake(new org.rejoin.referrals.IntakeFilter(
                referral.reference().substring(1), ReferralRoute.LA_RECORDED, false, null), ResultPage.request(1, 25), officer));
        assertThat(byReference.items()).extracting(Referral::id).contains(referral.id());
        var escalatedOnly = users.as("cme.officer", () -> referrals.intake(new org.rejoin.referrals.IntakeFilter(
                "tregenza", null, true, null), ResultPage.request(1, 25), officer));
        assertThat(escalatedOnly.items()).isEmpty();
        // Jowan's referrer gave his age as about 10: primary school age, not secondary.
        var primary = users.as("cme.officer", () -> referrals.intake(new org.rejoin.referrals.IntakeFilter("tregenza", null,
                null, org.rejoin.referrals.IntakeFilter.AgeBand.PRIMARY), ResultPage.request(1, 25), officer));
        assertThat(primary.items()).extracting(Referral::id).containsExactly(referral.id());
        var secondary = users.as("cme.officer", () -> referrals.intake(new org.rejoin.referrals.IntakeFilter("tregenza", null,
                null, org.rejoin.referrals.IntakeFilter.AgeBand.SECONDARY), ResultPage.request(1, 25), officer));
        assertThat(secondary.items()).isEmpty();
        var counts = users.as("cme.officer", () -> referrals.intakeCounts(officer));
        assertThat(counts.waiting()).isEqualTo(counts.byRoute().values().stream().mapToLong(Long::longValue).sum());
        mvc.perform(get("/referrals").param("q", "Tregenza").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(referral.reference())))
                .andExpect(content().string(containsString("Showing 1 to 1 of 1")));
        // The page filters by age too, and keeps the choice on the next page's link.
        mvc.perform(get("/referrals").param("q", "Tregenza").param("age", "SECONDARY").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(referral.reference()))))
                .andExpect(content().string(containsString("<option value=\"SECONDARY\" selected=\"selected\">")));
    }

    @Test
    void referringAPupilOnTheRollFillsTheFormFromTheRegisterForThoseWhoMaySeeThem() throws Exception {
        var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        mvc.perform(get("/referrals/new").param("child", pupil.id().toString()).with(user(users.user("school"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + pupil.upn() + "\"")))
                .andExpect(content().string(containsString("value=\"Fixture\"")));
        mvc.perform(get("/referrals/new").param("child", pupil.id().toString()).with(user(users.user("secondary"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(pupil.upn()))));
        mvc.perform(get("/rolls/{id}", users.establishment(TestUsers.ABBEY_PRIMARY)).with(user(users.user("school"))))
                .andExpect(content().string(containsString("/referrals/new?child=" + pupil.id())));
        mvc.perform(get("/rolls/{id}", users.establishment(TestUsers.ABBEY_PRIMARY)).param("q", pupil.upn())
                        .with(user(users.user("school"))))
                .andExpect(content().string(containsString("1 of the")))
                .andExpect(content().string(containsString("/referrals/new?child=" + pupil.id())));
    }

    @Test
    void aSchoolRefersWithOnlyANameAndAnAgeAndSeesTheStatusButNotTheTriage() throws Exception {
        var school = users.user("school");
        mvc.perform(post("/referrals").with(user(school)).with(csrf()).param("forename", "Tiago").param("surname", "Quenby")
                        .param("approximateAge", "9").param("reason", "LEFT_ROLL_NO_DESTINATION")
                        .param("details", "Left at half term, family said they were moving"))
                .andExpect(status().is3xxRedirection());
        var sent = users.as("school", () -> referrals.madeBy(school));
        var receipt = sent.stream().filter(r -> r.childName().equals("Tiago Quenby")).findFirst().orElseThrow();
        assertThat(receipt.status()).isEqualTo("RECEIVED");
        assertThat(receipt.referrerName()).isEqualTo(school.displayName());

        var referral = users.as("cme.officer", () -> referrals.get(receipt.id(), users.user("cme.officer")));
        assertThat(referral.referrer().source()).isEqualTo(ReferralSource.SCHOOL);
        assertThat(referral.route()).isEqualTo(ReferralRoute.ONLINE_FORM);
        assertThat(referral.referrer().organisationId()).isEqualTo(school.organisationId());
        assertThat(referral.escalated()).isFalse();

        mvc.perform(get("/referrals").with(user(school))).andExpect(status().isOk())
                .andExpect(content().string(containsString(receipt.reference())))
                .andExpect(content().string(containsString("Received")))
                .andExpect(content().string(not(containsString("Intake queue"))));
        mvc.perform(get("/referrals/{id}", receipt.id()).with(user(school))).andExpect(status().isForbidden());
        mvc.perform(get("/referrals/{id}", receipt.id()).with(user(users.user("agency")))).andExpect(status().isForbidden());
        assertThat(users.as("agency", () -> referrals.madeBy(users.user("agency"))))
                .noneMatch(r -> r.id().equals(receipt.id()));
    }

    @Test
    void aReferralWithoutANameOrReasonIsRefusedNamingEachProblemAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("select count(*) from referral").query(Long.class).single();
        mvc.perform(post("/referrals").with(user(users.user("school"))).with(csrf()).param("approximateAge", "old")
                        .param("dateOfBirth.day", "31").param("dateOfBirth.month", "2").param("dateOfBirth.year", "2015"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Age must be a whole number of years from 0 to 25")))
                .andExpect(content().string(containsString("Date of birth must be a real date")));
        assertThatThrownBy(() -> users.as("cme.officer", () -> referrals.submit(
                NewReferral.of(
                        new NewReferral.ReferredBy(ReferralSource.MEMBER_OF_PUBLIC, null, null,
                                TestClock.TODAY.plusDays(1)),
                        new ChildAsReferred(null, null, null, null, null, null, "X123", null, null),
                        new Concern(null, null, null, null, false)),
                users.user("cme.officer"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("referrerName", "receivedOn", "forename", "upn", "reason"));
        assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSafeguardingConcernEscalatesAtOnceAndHeadsTheOfficersQueueUntilDone() throws Exception {
        var officer = users.user("cme.officer");
        var referral = users.as("cme.officer", () -> referrals.submit(NewReferral.of(
                new NewReferral.ReferredBy(ReferralSource.MEMBER_OF_PUBLIC, "A neighbour", "07700 900123", null),
                new ChildAsReferred("Maisie", null, "Ardwick", null, 11, Sex.FEMALE, null, "Flat 3, Mill Lane",
                        "KB4 2PQ"),
                new Concern(ReferralReason.NOT_ATTENDING, "Seen at home every school day", null, null,
                        true)), officer));
        assertThat(referral.escalated()).isTrue();
        assertThat(referral.route()).isEqualTo(ReferralRoute.LA_RECORDED);
        var queue = users.as("cme.officer", () -> tasks.queue(officer, null, org.rejoin.platform.ResultPage.request(1, 1)));
        assertThat(queue.page().items().get(0).task().urgent()).as("the urgent first").isTrue();
        var task = users.as("cme.officer", () -> tasks.forSubject(referral.id(), officer)).stream()
                .filter(org.rejoin.tasks.Task::isOpen).findFirst().orElseThrow();
        assertThat(task.kind()).isEqualTo("NOTIFY_SOCIAL_CARE");
        assertThat(task.dueOn()).isEqualTo(TestClock.TODAY);

        mvc.perform(get("/referrals").with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Escalated")))
                .andExpect(content().string(containsString("Notify children&#39;s social care about referral " + referral.reference())));
        mvc.perform(post("/tasks/{id}/done", task.id()).with(user(officer)).with(csrf()).param("note", " "))
                .andExpect(status().is3xxRedirection());
        assertThat(users.as("cme.officer", () -> tasks.forSubject(referral.id(), officer)).get(0).isOpen()).isTrue();
        mvc.perform(post("/tasks/{id}/done", task.id()).with(user(officer)).with(csrf())
                        .param("note", "Called the MASH, spoke to duty social worker"))
                .andExpect(status().is3xxRedirection());
        var done = users.as("cme.officer", () -> tasks.forSubject(referral.id(), officer)).get(0);
        assertThat(done.isOpen()).isFalse();
        assertThat(done.outcome()).isEqualTo("Called the MASH, spoke to duty social worker");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TASK_COMPLETED' and subject like ?")
                .param("%" + referral.reference() + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void linkingToAChildOnAProtectionPlanEscalatesTheReferral() {
        var officer = users.user("cme.officer");
        var details = new ChildDetails("Ottilie", null, "Brackwell", null, null, LocalDate.of(2014, 2, 3), false,
                Sex.FEMALE, null, null, null, null, List.of(), List.of(),
                List.of(new ChildDetails.Characteristic(CharacteristicType.CHILD_PROTECTION_PLAN, null,
                        LocalDate.of(2025, 1, 6), null)));
        var child = users.as("cme.officer", () -> register.create(details, true, officer));
        var referral = users.as("cme.officer", () -> referrals.submit(minimal("Ottilie", "Brackwell", 12), officer));
        assertThat(referral.escalated()).isFalse();
        var linked = users.as("cme.officer", () -> referrals.link(referral.id(), child.id(), referral.version(), officer));
        assertThat(linked.escalated()).isTrue();
        assertThat(linked.childId()).isEqualTo(child.id());
        assertThat(users.as("cme.officer", () -> tasks.forSubject(referral.id(), officer)))
                .singleElement().satisfies(t -> assertThat(t.childId()).isEqualTo(child.id()));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFERRAL_LINKED' and child_id = ?")
                .param(child.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theTriagePageSaysWhetherTheChildIsOfCompulsorySchoolAge() throws Exception {
        var young = users.as("school", () -> referrals.submit(NewReferral.of(
                new NewReferral.ReferredBy(null, null, "01632 960002", null),
                new ChildAsReferred("Bellamy", null, "Pinchbeck", LocalDate.of(2022, 6, 1), null, Sex.MALE, null,
                        "6 Quay Street", "KB2 7TU"),
                Concern.of(ReferralReason.NOT_ATTENDING, null)), users.user("school")));
        // Five on 1 June 2027: of compulsory school age from the next prescribed day, 31 August 2027.
        mvc.perform(get("/referrals/{id}", young.id()).with(user(users.user("cme.officer")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("No: not until 31 August 2027")));
    }

    @Test
    void triageThroughTheWebCreatesTheChildFromTheReferralAndClosesItAsKnownInProvision() throws Exception {
        var officer = users.user("cme.officer");
        var referral = users.as("school", () -> referrals.submit(NewReferral.of(
                new NewReferral.ReferredBy(null, null, "01632 960001", null),
                new ChildAsReferred("Zephyrine", null, "Oldcastle", LocalDate.of(2016, 7, 19), null, Sex.FEMALE, null,
                        "4 Quay Street", "KB2 7TT"),
                new Concern(ReferralReason.NOT_ATTENDING, null, Set.of(RiskIndicator.YOUNG_CARER), null,
                        false)),
                users.user("school")));
        mvc.perform(get("/referrals/{id}", referral.id()).with(user(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Which child is this?")))
                .andExpect(content().string(containsString("Young carer")))
                .andExpect(content().string(containsString("Yes, until 25 June 2032")));
        mvc.perform(post("/referrals/{id}/child", referral.id()).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(referral.version())).param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection());
        var linked = users.as("cme.officer", () -> referrals.get(referral.id(), officer));
        assertThat(linked.childId()).isNotNull();
        var child = users.as("cme.officer", () -> register.view(linked.childId(), officer));
        assertThat(child.details().legalName()).isEqualTo("Zephyrine Oldcastle");
        assertThat(child.details().characteristics()).extracting(ChildDetails.Characteristic::type)
                .containsExactly(CharacteristicType.YOUNG_CARER);

        mvc.perform(post("/referrals/{id}/decision", referral.id()).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(linked.version())).param("decision", "KNOWN_IN_PROVISION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter where the child is receiving education, and how you know")))
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/referrals/{id}/decision", referral.id()).with(user(officer)).with(csrf())
                        .param("version", String.valueOf(linked.version())).param("decision", "KNOWN_IN_PROVISION")
                        .param("reason", "On roll at Kingsbridge Academy since September; attendance 96%"))
                .andExpect(status().is3xxRedirection());
        var decided = users.as("cme.officer", () -> referrals.get(referral.id(), officer));
        assertThat(decided.decision().outcome()).isEqualTo(TriageDecision.KNOWN_IN_PROVISION);
        assertThat(users.as("school", () -> referrals.madeBy(users.user("school"))))
                .filteredOn(r -> r.id().equals(referral.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("KNOWN_IN_PROVISION"));
        assertThatThrownBy(() -> users.as("cme.officer", () -> referrals.decide(referral.id(), decided.version(),
                new Triage(TriageDecision.MISSING_EDUCATION, null, null, null, null), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already been decided");
    }

    @Test
    void passingAReferralToAnotherLaNeedsTheLaAndAPastDateAndAStaleVersionIsRefused() {
        var officer = users.user("cme.officer");
        var referral = users.as("cme.officer", () -> referrals.submit(minimal("Bram", "Ostley", 7), officer));
        assertThatThrownBy(() -> users.as("cme.officer", () -> referrals.decide(referral.id(), referral.version(),
                new Triage(TriageDecision.OTHER_LA, null, null, null, TestClock.TODAY.plusDays(2)), officer)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("otherLa", "transferredOn"));
        assertThatThrownBy(() -> users.as("cme.officer", () -> referrals.decide(referral.id(), referral.version(),
                new Triage(TriageDecision.MISSING_EDUCATION, null, null, null, null), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Link the referral to a child");
        assertThatThrownBy(() -> users.as("cme.officer", () -> referrals.decide(referral.id(), referral.version() + 1,
                new Triage(TriageDecision.OTHER_LA, null, null, "Devon County Council", TestClock.TODAY), officer)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var passed = users.as("cme.officer", () -> referrals.decide(referral.id(), referral.version(),
                new Triage(TriageDecision.OTHER_LA, null, null, "Devon County Council", TestClock.TODAY), officer));
        assertThat(passed.decision().otherLa()).isEqualTo("Devon County Council");
        assertThat(passed.decision().transferredOn()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void theApiTakesAReferralAndTriageNeedsIfMatch() throws Exception {
        String agencyToken = users.token("agency");
        var response = mvc.perform(post("/api/v1/referrals").header("Authorization", "Bearer " + agencyToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"forename": "Kofi", "surname": "Danquah", "approximateAge": 13, "reason": "NEW_ARRIVAL",
                                 "safeguardingStatuses": ["CHILD_IN_NEED"], "riskIndicators": ["ASYLUM_SEEKER_OR_REFUGEE"]}"""))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.route").value("API")).andExpect(jsonPath("$.source").value("AGENCY"))
                .andExpect(jsonPath("$.escalated").value(true)).andReturn().getResponse().getContentAsString();
        String id = response.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(post("/api/v1/referrals").header("Authorization", "Bearer " + agencyToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"SOMETHING\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/v1/referrals/{id}", id).header("Authorization", "Bearer " + agencyToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/referrals/sent").header("Authorization", "Bearer " + agencyToken))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kofi Danquah")));

        String officerToken = users.token("cme.officer");
        mvc.perform(post("/api/v1/referrals/{id}/decision", id).header("Authorization", "Bearer " + officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"KNOWN_IN_PROVISION\", \"reason\": \"x\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/v1/referrals/{id}/decision", id).header("Authorization", "Bearer " + officerToken)
                        .header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"KNOWN_IN_PROVISION\", \"reason\": \"x\"}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/referrals/{id}/decision", id).header("Authorization", "Bearer " + officerToken)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"OTHER_LA\", \"otherLa\": \"Leeds City Council\", \"transferredOn\": \""
                                + TestClock.TODAY + "\"}"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.decision").value("OTHER_LA"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFERRAL_DECIDED' and subject like ?")
                .param("%OTHER_LA").query(Integer.class).single()).isPositive();
    }

    @Test
    void aFactFromTheRollsRaisesAReferralAndItArrivesLinkedToTheChild() {
        var system = users.user("admin");
        UUID childId = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id();
        var left = new org.rejoin.rolls.ChildLeftRollWithoutDestination(childId, "Kingsbridge Academy",
                TestClock.TODAY.minusDays(3), org.rejoin.rolls.DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                org.rejoin.rolls.Destination.UNKNOWN, null, TestClock.TODAY, system);
        transactions.executeWithoutResult(status -> events.publishEvent(left));
        var referral = jdbc.sql("select id from referral where details = ?")
                .param(left.account()).query(UUID.class).single();
        var raised = users.as("cme.officer", () -> referrals.get(referral, users.user("cme.officer")));
        assertThat(raised.route()).isEqualTo(ReferralRoute.EVENT);
        assertThat(raised.childId()).isEqualTo(childId);
        assertThat(raised.referrer().source()).isEqualTo(ReferralSource.LA_SERVICE);

        var officer = users.user("cme.officer");
        var protectedChild = users.as("cme.officer", () -> register.create(new ChildDetails("Orla", null, "Quillfeather", null,
                null, LocalDate.of(2012, 9, 9), false, Sex.FEMALE, null, null, null, null, List.of(), List.of(),
                List.of(new ChildDetails.Characteristic(CharacteristicType.CHILD_IN_NEED, null, LocalDate.of(2026, 1, 5),
                        null))), true, officer)).id();
        var school = users.user("secondary");
        var orlaLeft = new org.rejoin.rolls.PupilMissingFromSnapshot(protectedChild, "Kingsbridge Academy",
                TestClock.TODAY, school);
        transactions.executeWithoutResult(status -> events.publishEvent(orlaLeft));
        var escalated = jdbc.sql("select escalated from referral where details = ?").param(orlaLeft.account())
                .query(Boolean.class).single();
        assertThat(escalated).as("a child in need who leaves without a destination escalates at once").isTrue();
    }

    @Test
    void aUserOfAnotherLaRefersAsThatLa() {
        var admin = users.user("admin");
        UUID otherLa = users.as("admin", () -> organisations.agencies()).stream()
                .filter(a -> a.agencyType() == org.rejoin.organisations.AgencyType.OTHER_LA).findFirst().orElseThrow().id();
        users.as("admin", () -> accounts.create(new org.rejoin.access.NewUser("eastmoor.cme", "Eva Eastmoor",
                "eva@eastmoor.example", otherLa, java.util.EnumSet.of(org.rejoin.access.Role.AGENCY_USER),
                "Eastmoor-test-password-1"), admin));
        var eastmoor = users.user("eastmoor.cme");
        var referral = users.as("eastmoor.cme", () -> referrals.submit(minimal("Wren", "Hollister", 14), eastmoor));
        assertThat(referral.referrer().source()).isEqualTo(ReferralSource.OTHER_LOCAL_AUTHORITY);
        assertThat(referral.referrer().name()).isEqualTo("Eva Eastmoor");
        assertThat(users.as("cme.officer", () -> movements.movements(users.user("cme.officer"))).crossLa())
                .anySatisfy(n -> {
                    assertThat(n.referralId()).isEqualTo(referral.id());
                    assertThat(n.direction()).isEqualTo("RECEIVED");
                    assertThat(n.otherLa()).contains("Eastmoor");
                });
    }
}
