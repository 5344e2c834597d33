package org.rejoin.rolls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.rolls.DeletionStatus;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.RollReturn;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** docs/rules/rolls.md: joiners and deletions, each deletion ground's rule, and what a deletion sets going. */
@IntegrationTest
class RollReturnsTests {

    @Autowired
    RollReturns returns;

    @Autowired
    Tasks tasks;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Registrations registrations;

    @Autowired
    RollSnapshots snapshots;

    private static ChildDetails pupil(String forename, String surname, LocalDate dob) {
        return new ChildDetails(forename, null, surname, null, null, dob, false, Sex.MALE, null, null, null, null,
                List.of(new ChildDetails.Address("3 Dock Lane", null, "Kingsbridge", "KB3 4DL", null, null)), List.of(),
                List.of());
    }

    private UUID join(String username, String forename, String surname, LocalDate startsOn) {
        return users.as(username, () -> returns.joiner(new NewJoiner(null, pupil(forename, surname,
                LocalDate.of(2016, 6, 14)), EnrolmentStatus.SINGLE, startsOn), users.user(username))).childId();
    }

    private static NewDeletion leaving(UUID childId, DeletionGround ground, Destination destination) {
        return new NewDeletion(null, childId, TestClock.TODAY, ground, destination, null, null, null, null, null, null, null, null, null, null);
    }

    private long referralsAbout(UUID childId) {
        return jdbc.sql("select count(*) from referral where child_id = ? and route = 'EVENT'").param(childId)
                .query(Long.class).single();
    }

    @Test
    void aJoinerFormWithValuesItDoesNotOfferNamesTheFieldsInsteadOfFailing() throws Exception {
        var abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        mvc.perform(post("/rolls/{id}/joiners", abbey).with(user(users.user("school"))).with(csrf())
                        .param("forename", "Odile").param("surname", "Varnham").param("dateOfBirth.day", "3")
                        .param("dateOfBirth.month", "3").param("dateOfBirth.year", "2016").param("sex", "X")
                        .param("enrolmentStatus", "C").param("startsOn.day", String.valueOf(TestClock.TODAY.getDayOfMonth()))
                        .param("startsOn.month", String.valueOf(TestClock.TODAY.getMonthValue()))
                        .param("startsOn.year", String.valueOf(TestClock.TODAY.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the child&#39;s sex")))
                .andExpect(content().string(containsString("Select the enrolment status")));
        assertThat(jdbc.sql("select count(*) from child where legal_surname = 'Varnham'").query(Long.class).single()).isZero();
    }

    @Test
    void aJoinerIsMatchedNotDuplicatedAndALateReturnIsFlagged() {
        UUID first = join("school", "Tobias", "Marchbank", TestClock.TODAY);
        var late = users.as("secondary", () -> returns.joiner(new NewJoiner(null, pupil("Tobias", "Marchbank",
                LocalDate.of(2016, 6, 14)), EnrolmentStatus.SINGLE, TestClock.TODAY.minusDays(40)), users.user("secondary")));
        assertThat(late.childId()).as("the same child, matched by the engine").isEqualTo(first);
        assertThat(late.late()).isTrue();
        assertThat(users.as("admin", () -> returns.forEstablishment(users.establishment(TestUsers.ABBEY_PRIMARY),
                users.user("admin"))).stream().filter(r -> r.childId().equals(first)).findFirst().orElseThrow().late())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from child where legal_surname = 'Marchbank'").query(Long.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> join("school", "Tobias", "Marchbank", TestClock.TODAY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already on Abbey Primary School's roll");
    }

    @Test
    void groundIWaitsForTheLasEnquiriesAndTheSchoolsNotesGoIntoTheReferralOnce() {
        UUID child = join("school", "Ezra", "Pellingham", TestClock.TODAY.minusDays(60));
        var school = users.user("school");
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(
                leaving(child, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS, Destination.UNKNOWN), school)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Ground (i) needs the enquiries");
        assertThat(referralsAbout(child)).isZero();
        String notes = "Home visits with the EWO, calls to both parents, GP and housing checked";
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.CONTINUOUS_ABSENCE_20_DAYS, Destination.UNKNOWN, null, null, notes,
                TestClock.TODAY.minusDays(2), null, null, null, null, null, null), school)))
                .as("Rejoin holds no marks for this pupil, so the school states when the absence began")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("enter the day the continuous absence began");
        var deletion = new NewDeletion(null, child, TestClock.TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, notes, TestClock.TODAY.minusDays(2), null, TestClock.TODAY.minusDays(59),
                null, null, null, null);
        var saved = users.as("school", () -> returns.deletion(deletion, school));
        assertThat(saved.status()).isEqualTo(DeletionStatus.PENDING_LA);
        assertThat(endsOn(child)).as("on the roll until the LA has made its enquiries").isNull();
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        assertThat(users.as("school", () -> returns.figures(abbey, school)).ctfDue()).extracting(d -> d.childId())
                .as("no Common Transfer File is owed for a pupil still on the roll").doesNotContain(child);
        assertThat(referralsAbout(child)).isEqualTo(1);
        assertThat(jdbc.sql("select details from referral where child_id = ?").param(child).query(String.class)
                .single()).contains("pending", notes);
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(deletion, school)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already waits for the local authority");
        assertThat(referralsAbout(child)).as("exactly once").isEqualTo(1);

        var officer = users.user("cme.officer");
        var record = users.as("school", () -> returns.deletionRecord(saved.id(), school));
        assertThat(record.marksVerified()).as("the school's word: Rejoin holds no marks").isFalse();
        assertThat(users.as("cme.officer", () -> returns.movements(officer)).pendingLa()).extracting(RollReturn::id)
                .contains(saved.id());
        assertThat(users.as("cme.officer", () -> tasks.forSubject(saved.id(), officer))).singleElement()
                .satisfies(t -> assertThat(t.kind()).isEqualTo("ROLLS_LA_ENQUIRIES"));
        var laPart = new LaEnquiries("Council tax, GP and police checked; Lost Pupils Database searched",
                TestClock.TODAY.minusDays(1), LaEnquiries.Outcome.NOT_LOCATED);
        assertThatThrownBy(() -> users.as("school", () -> returns.recordLaEnquiries(saved.id(), laPart, school)))
                .as("a school cannot record the LA's part").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.DEATH, Destination.NOT_APPLICABLE, null, null, null, null, laPart, null, null, null, null,
                null), school))).isInstanceOf(InvalidInputException.class).hasMessageContaining("already waits");

        var accepted = users.as("cme.officer", () -> returns.recordLaEnquiries(saved.id(), laPart, officer));
        assertThat(accepted.status()).isEqualTo(DeletionStatus.ACCEPTED);
        assertThat(accepted.effectiveOn()).as("the school's date, later than the LA's").isEqualTo(TestClock.TODAY);
        assertThat(endsOn(child)).isEqualTo(TestClock.TODAY);
        assertThat(users.as("cme.officer", () -> tasks.forSubject(saved.id(), officer))).singleElement()
                .satisfies(t -> assertThat(t.isOpen()).isFalse());
        assertThat(referralsAbout(child)).as("no second referral").isEqualTo(1);
        assertThatThrownBy(() -> users.as("cme.officer", () -> returns.recordLaEnquiries(saved.id(), laPart, officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not waiting");
        var movements = users.as("cme.officer", () -> returns.movements(officer));
        assertThat(movements.pendingLa()).extracting(RollReturn::id).doesNotContain(saved.id());
        assertThat(movements.leaversWithoutDestination()).filteredOn(l -> l.childId().equals(child)).singleElement()
                .satisfies(l -> {
                    assertThat(l.reconciled()).isFalse();
                    assertThat(l.schoolDaysSince()).isNotNull();
                });
    }

    @Test
    void whenTheLaFindsTheChildTheDeletionIsNotAcceptedAndTheSchoolMaySendAnother() {
        UUID child = join("school", "Lorcan", "Ashdown", TestClock.TODAY.minusDays(90));
        var school = users.user("school");
        var asked = users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.DID_NOT_RETURN_AFTER_LEAVE, Destination.UNKNOWN, null, null, "Calls and a home visit",
                TestClock.TODAY, null, null, TestClock.TODAY.minusDays(60), TestClock.TODAY.minusDays(50), null, null),
                school));
        assertThat(asked.status()).isEqualTo(DeletionStatus.PENDING_LA);
        var officer = users.user("cme.officer");
        var found = users.as("cme.officer", () -> returns.recordLaEnquiries(asked.id(), new LaEnquiries(
                "Found at her aunt's in Leeds, registered at a school there", TestClock.TODAY, LaEnquiries.Outcome.LOCATED),
                officer));
        assertThat(found.status()).isEqualTo(DeletionStatus.NOT_ACCEPTED);
        assertThat(endsOn(child)).isNull();
        var moved = users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.OTHER_LA, null, "Leeds", null, null, null, null,
                null, null, null, null), school));
        assertThat(moved.status()).isEqualTo(DeletionStatus.ACCEPTED);
        assertThat(endsOn(child)).isEqualTo(TestClock.TODAY);
    }

    @Test
    void onlyAChildOfCompulsorySchoolAgeIsReferredWhenTheyLeaveWithoutADestination() {
        var school = users.user("secondary");
        UUID sixthFormer = users.as("secondary", () -> returns.joiner(new NewJoiner(null, pupil("Oriel", "Whitlock",
                TestClock.TODAY.minusYears(17).minusMonths(2)), EnrolmentStatus.SINGLE, TestClock.TODAY.minusDays(40)),
                school)).childId();
        users.as("secondary", () -> returns.deletion(leaving(sixthFormer, DeletionGround.NO_LONGER_LIVES_NEARBY,
                Destination.UNKNOWN), school));
        assertThat(referralsAbout(sixthFormer)).as("past compulsory school age: not missing education").isZero();

        UUID pupil = join("school", "Tamsin", "Rowcliffe", TestClock.TODAY.minusDays(40));
        users.as("school", () -> returns.deletion(leaving(pupil, DeletionGround.NO_LONGER_LIVES_NEARBY,
                Destination.UNKNOWN), users.user("school")));
        assertThat(referralsAbout(pupil)).isEqualTo(1);
    }

    @Test
    void aDeletedPupilIsOffTheRollOnTheDeletionDate() {
        UUID child = join("school", "Wren", "Hallsworth", TestClock.TODAY.minusDays(30));
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        var school = users.user("school");
        users.as("school", () -> returns.deletion(leaving(child, DeletionGround.NO_LONGER_LIVES_NEARBY,
                Destination.UNKNOWN), school));
        assertThat(users.as("school", () -> registrations.roll(abbey, school))).extracting(p -> p.childId())
                .doesNotContain(child);
        assertThat(users.as("school", () -> registrations.forChild(child, school))).singleElement().satisfies(r -> {
            assertThat(r.isCurrentOn(TestClock.TODAY)).isFalse();
            assertThat(r.isCurrentOn(TestClock.TODAY.minusDays(1))).isTrue();
        });
    }

    private LocalDate endsOn(UUID child) {
        return jdbc.sql("select ends_on from registration where child_id = ?").param(child)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().get(0);
    }

    @Test
    void homeEducationNeedsTheParentsNoticeAndAPendingExclusionReviewKeepsTheNameOnTheRoll() {
        var school = users.user("school");
        UUID child = join("school", "Rufus", "Tanworth", TestClock.TODAY.minusDays(30));
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(
                leaving(child, DeletionGround.HOME_EDUCATION, Destination.HOME_EDUCATION), school)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("parent's written notice");
        assertThatThrownBy(() -> users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.PERMANENT_EXCLUSION, Destination.UNKNOWN, null, null, null, null, null, null, null, null, null,
                ExclusionReview.PENDING), school)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("until the review or appeal is finished");
        var saved = users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.HOME_EDUCATION, Destination.HOME_EDUCATION, null, null, null, null, null, null, null, null,
                TestClock.TODAY.minusDays(3), null), school));
        var officer = users.user("cme.officer");
        assertThat(users.as("cme.officer", () -> tasks.forSubject(saved.id(), officer))).extracting(Task::kind)
                .containsExactly("ROLLS_HOME_EDUCATION_NOTICE");
        assertThat(referralsAbout(child)).isZero();
    }

    @Test
    void aMoveToASchoolInTheLaIsCheckedAndClosedWhenThatSchoolRegistersTheChild() {
        UUID child = join("school", "Milo", "Grendon", TestClock.TODAY.minusDays(100));
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var saved = users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.SCHOOL_IN_LA, academy, null, null, null, null, null, null, null, null,
                null), users.user("school")));
        var officer = users.user("cme.officer");
        assertThat(users.as("cme.officer", () -> tasks.forSubject(saved.id(), officer))).singleElement()
                .satisfies(t -> assertThat(t.isOpen()).isTrue());
        join("secondary", "Milo", "Grendon", TestClock.TODAY);
        assertThat(users.as("cme.officer", () -> tasks.forSubject(saved.id(), officer))).singleElement()
                .satisfies(t -> assertThat(t.isOpen()).isFalse());
    }

    @Test
    void aMoveToAnotherLaNotifiesIt() {
        UUID child = join("school", "Ivo", "Branscombe", TestClock.TODAY.minusDays(100));
        users.as("school", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY,
                DeletionGround.NO_LONGER_LIVES_NEARBY, Destination.OTHER_LA, null, "Devon County Council", null, null, null, null, null, null,
                null, null), users.user("school")));
        assertThat(jdbc.sql("select other_la from cross_la_notification where child_id = ? and direction = 'SENT'")
                .param(child).query(String.class).single()).isEqualTo("Devon County Council");
        assertThat(referralsAbout(child)).isZero();
    }

    @Test
    void aSchoolSendsReturnsOnlyForItselfAndTheApiTakesThem() throws Exception {
        UUID child = join("school", "Ansel", "Whitcombe", TestClock.TODAY.minusDays(10));
        assertThatThrownBy(() -> users.as("secondary", () -> returns.deletion(new NewDeletion(
                users.establishment(TestUsers.ABBEY_PRIMARY), child, TestClock.TODAY, DeletionGround.DEATH,
                Destination.NOT_APPLICABLE, null, null, null, null, null, null, null, null, null, null), users.user("secondary"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("secondary", () -> returns.deletion(
                leaving(child, DeletionGround.DEATH, Destination.NOT_APPLICABLE), users.user("secondary"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not on Kingsbridge Academy's roll");
        assertThatThrownBy(() -> users.as("secondary", () -> returns.forEstablishment(
                users.establishment(TestUsers.ABBEY_PRIMARY), users.user("secondary"))))
                .isInstanceOf(AccessDeniedException.class);

        String token = users.token("secondary");
        mvc.perform(post("/api/v1/rolls/joiners").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"enrolmentStatus": "SINGLE", "startsOn": "%s",
                                 "child": {"legalForename": "Juno", "legalSurname": "Aldercott", "dateOfBirth": "2013-01-20",
                                           "sex": "FEMALE"}}""".formatted(TestClock.TODAY)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.late").value(false))
                .andExpect(jsonPath("$.establishmentName").value("Kingsbridge Academy"));
        mvc.perform(post("/api/v1/rolls/joiners").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"enrolmentStatus": "SINGLE", "startsOn": "%s", "child": {"legalForename": "Juno"}}"""
                                .formatted(TestClock.TODAY.plusDays(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'startsOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'child.legalSurname')]").exists());
        mvc.perform(post("/api/v1/rolls/deletions").header("Authorization", "Bearer " + users.token("agency"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSchoolSendsReturnsThroughItsRollPageAndSeesOnlyItsOwnRoll() throws Exception {
        var school = users.user("school");
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        String day = String.valueOf(TestClock.TODAY.getDayOfMonth());
        String month = String.valueOf(TestClock.TODAY.getMonthValue());
        String year = String.valueOf(TestClock.TODAY.getYear());
        mvc.perform(get("/rolls").with(user(school))).andExpect(redirectedUrl("/rolls/" + abbey));
        mvc.perform(post("/rolls/{id}/joiners", abbey).with(user(school)).with(csrf()).param("forename", "Caspian")
                        .param("sex", "MALE").param("enrolmentStatus", "SINGLE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter date of birth")))
                .andExpect(content().string(containsString("Enter the date the name was entered")))
                .andExpect(content().string(containsString("Enter the child&#39;s legal last name")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Enter the child&#39;s date of birth"))));
        mvc.perform(post("/rolls/{id}/joiners", abbey).with(user(school)).with(csrf()).param("forename", "Caspian")
                        .param("surname", "Thorncliffe").param("sex", "MALE").param("enrolmentStatus", "SINGLE")
                        .param("dateOfBirth.day", "3").param("dateOfBirth.month", "4").param("dateOfBirth.year", "2017")
                        .param("startsOn.day", day).param("startsOn.month", month).param("startsOn.year", year))
                .andExpect(redirectedUrl("/rolls/" + abbey));
        UUID child = jdbc.sql("select id from child where legal_surname = 'Thorncliffe'").query(UUID.class).single();
        mvc.perform(get("/rolls/{id}", abbey).with(user(school))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Caspian Thorncliffe")));
        mvc.perform(post("/rolls/{id}/leavers", abbey).with(user(school)).with(csrf()).param("childId", child.toString())
                        .param("ground", "CONTINUOUS_ABSENCE_20_DAYS").param("destination", "UNKNOWN")
                        .param("leftOn.day", day).param("leftOn.month", month).param("leftOn.year", year))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ground (i) needs the enquiries")));
        mvc.perform(post("/rolls/{id}/leavers", abbey).with(user(school)).with(csrf()).param("childId", child.toString())
                        .param("ground", "DEATH").param("destination", "NOT_APPLICABLE")
                        .param("leftOn.day", day).param("leftOn.month", month).param("leftOn.year", year))
                .andExpect(redirectedUrl("/rolls/" + abbey));
        mvc.perform(get("/rolls/{id}", users.establishment(TestUsers.KINGSBRIDGE_ACADEMY)).with(user(school)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rolls/{id}", abbey).with(user(users.user("agency")))).andExpect(status().isForbidden());
        mvc.perform(get("/rolls/movements").with(user(users.user("cme.officer")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Movements between rolls")));
        mvc.perform(get("/rolls/movements").with(user(school))).andExpect(status().isForbidden());
        mvc.perform(get("/establishments/{id}", abbey).with(user(school))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pupils on roll today")))
                .andExpect(content().string(containsString("Open the roll and its returns")));
        mvc.perform(get("/establishments/{id}", abbey).with(user(users.user("secondary")))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Pupils on roll today"))));
        mvc.perform(get("/establishments/{id}", abbey).with(user(users.user("manager")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pupils on roll today")));
    }

    @Test
    void aCsvOfReturnsRecordsTheGoodRowsAndNamesEachBadRowWithItsLine() throws Exception {
        var school = users.user("school");
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        String joiners = """
                forename,middle_names,surname,date_of_birth,sex,upn,address,town,postcode,enrolment_status,starts_on
                Wilfred,,Ashbury,2016-02-11,M,,4 Pier Road,Kingsbridge,KB2 1PR,C,%s
                Delphine,,Ashbury,31/02/2016,F,,4 Pier Road,Kingsbridge,KB2 1PR,C,%s
                Rosalind,,Ashbury,2014-07-30,F,,4 Pier Road,Kingsbridge,KB2 1PR,X,%s
                """.formatted(TestClock.TODAY, TestClock.TODAY, TestClock.TODAY);
        mvc.perform(multipart("/rolls/{id}/upload", abbey).file(new MockMultipartFile("file", "joiners.csv", "text/csv",
                        joiners.getBytes())).param("kind", "JOINERS").with(user(school)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 return recorded, 2 rows refused")))
                .andExpect(content().string(containsString("Row 3: date_of_birth: &#39;31/02/2016&#39; is not a date")))
                .andExpect(content().string(containsString("Row 4: enrolment_status: Enrolment status must be C, M or S")));
        assertThat(jdbc.sql("select count(*) from child where legal_surname = 'Ashbury'").query(Long.class).single())
                .isEqualTo(1);
        String deletions = """
                upn,forename,surname,date_of_birth,left_on,ground,destination,destination_urn,destination_detail,school_enquiries,school_enquiries_on,absent_from,leave_from,leave_to,parent_notice_on,exclusion_review
                ,Wilfred,Ashbury,2016-02-11,%s,g,OTHER_LA,,Cornwall Council,,,,,,,
                ,Nobody,Here,2016-02-11,%s,g,OTHER_LA,,Cornwall Council,,,,,,,
                """.formatted(TestClock.TODAY, TestClock.TODAY);
        mvc.perform(multipart("/rolls/{id}/upload", abbey).file(new MockMultipartFile("file", "deletions.csv", "text/csv",
                        deletions.getBytes())).param("kind", "DELETIONS").with(user(school)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 return recorded, 1 row refused")))
                .andExpect(content().string(containsString("Row 3: upn: No pupil on the roll")));
        mvc.perform(multipart("/rolls/{id}/upload", abbey).file(new MockMultipartFile("file", "wrong.csv", "text/csv",
                        "name,dob\nA,B\n".getBytes())).param("kind", "JOINERS").with(user(school)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Row 1: The header row lacks forename")));
    }

    @Test
    void aRollSnapshotListsNewMissingAndChangedPupilsAndRefersTheMissingOnce() throws Exception {
        var school = users.user("provider");
        UUID pru = users.establishment(990059);
        join("provider", "Quentin", "Farrowby", TestClock.TODAY.minusDays(20));
        UUID cyrus = join("provider", "Cyrus", "Farrowby", TestClock.TODAY.minusDays(20));
        var roll = users.as("provider", () -> registrations.roll(pru, school));
        var csv = new StringBuilder("forename,middle_names,surname,date_of_birth,sex,upn,address,town,postcode,enrolment_status,starts_on\n");
        for (var pupil : roll) {
            if (pupil.childId().equals(cyrus)) {
                continue;
            }
            String[] name = pupil.name().split(" ", 2);
            boolean quentin = pupil.name().equals("Quentin Farrowby");
            csv.append(name[0]).append(",,").append(name[1]).append(',').append(pupil.dateOfBirth()).append(",,")
                    .append(quentin ? "A999999999999" : pupil.upn() == null ? "" : pupil.upn()).append(",,,,C,\n");
        }
        csv.append("Dorian,,Farrowby,2013-03-03,M,,,,,C,\n");
        csv.append("Nameless,,,2013-03-03,M,,,,,C,\n");
        var snapshot = users.as("provider", () -> snapshots.reconcile(pru,
                new java.io.ByteArrayInputStream(csv.toString().getBytes()), school));
        assertThat(snapshot.items()).filteredOn(i -> i.kind().equals("MISSING")).extracting(Snapshot.Item::childId)
                .containsExactly(cyrus);
        assertThat(snapshot.items()).filteredOn(i -> i.kind().equals("NEW")).extracting(Snapshot.Item::name)
                .containsExactly("Dorian Farrowby");
        assertThat(snapshot.items()).filteredOn(i -> i.kind().equals("CHANGED")).extracting(Snapshot.Item::name)
                .contains("Quentin Farrowby");
        assertThat(snapshot.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("surname"));
        assertThat(snapshot.matched()).isEqualTo(roll.size() - 1);
        assertThat(referralsAbout(cyrus)).isEqualTo(1);
        users.as("provider", () -> snapshots.reconcile(pru, new java.io.ByteArrayInputStream(csv.toString().getBytes()),
                school));
        assertThat(referralsAbout(cyrus)).as("a referral already waiting is not raised again").isEqualTo(1);
        mvc.perform(get("/rolls/{id}", pru).with(user(school))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Missing from the last roll snapshot")))
                .andExpect(content().string(containsString("1 pupil, in the snapshot of")));
    }

    @Test
    void everyRollAtOnceFindsTheLeaverAndTheJoinerAcrossTheLa() throws Exception {
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        UUID leaver = join("secondary", "Isolde", "Brackwater", TestClock.TODAY.minusDays(20));
        var csv = new StringBuilder("forename,surname,date_of_birth,upn,establishment_urn\n");
        jdbc.sql("""
                select c.id, c.legal_forename, c.legal_surname, c.date_of_birth, c.upn, e.urn from registration r
                join child c on c.id = r.child_id join establishment e on e.organisation_id = r.establishment_id
                where r.starts_on <= ? and (r.ends_on is null or r.ends_on > ?)""").params(TestClock.TODAY, TestClock.TODAY)
                .query(rs -> {
                    if (!rs.getObject(1, UUID.class).equals(leaver)) {
                        csv.append(rs.getString(2)).append(',').append(rs.getString(3)).append(',').append(rs.getString(4))
                                .append(',').append(rs.getString(5) == null ? "" : rs.getString(5)).append(',')
                                .append(rs.getInt(6)).append('\n');
                    }
                });
        csv.append("Ottoline,Brackwater,2012-05-05,,").append(TestUsers.KINGSBRIDGE_ACADEMY).append('\n');
        csv.append("Nobody,Anywhere,2012-05-05,,123456\n");

        var result = users.as("cme.officer", () -> snapshots.reconcileAll(
                new java.io.ByteArrayInputStream(csv.toString().getBytes()), users.user("cme.officer")));

        assertThat(result.snapshots()).flatExtracting(Snapshot::items).filteredOn(i -> i.kind().equals("MISSING"))
                .extracting(Snapshot.Item::childId).containsExactly(leaver);
        assertThat(result.snapshots()).flatExtracting(Snapshot::items).filteredOn(i -> i.kind().equals("NEW"))
                .extracting(Snapshot.Item::name).containsExactly("Ottoline Brackwater");
        assertThat(result.snapshots()).filteredOn(s -> s.establishmentId().equals(academy)).singleElement()
                .satisfies(s -> assertThat(s.count("MISSING")).isEqualTo(1));
        assertThat(result.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).contains("no establishment has URN 123456"));
        assertThat(result.referred()).isEqualTo(1);
        assertThat(result.leftOut()).isEmpty();
        assertThat(referralsAbout(leaver)).isEqualTo(1);
        assertThatThrownBy(() -> users.as("secondary", () -> snapshots.reconcileAll(
                new java.io.ByteArrayInputStream(csv.toString().getBytes()), users.user("secondary"))))
                .isInstanceOf(AccessDeniedException.class);
        // The school sees the LA's snapshot of its roll on its own page.
        mvc.perform(get("/rolls/{id}", academy).with(user(users.user("secondary")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Isolde Brackwater")))
                .andExpect(content().string(containsString("Missing from the snapshot")));
        mvc.perform(multipart("/rolls/snapshot").file(new MockMultipartFile("file", "la.csv", "text/csv",
                        "forename,surname\n".getBytes())).with(user(users.user("cme.officer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The header row lacks date_of_birth, establishment_urn")));
    }
}
