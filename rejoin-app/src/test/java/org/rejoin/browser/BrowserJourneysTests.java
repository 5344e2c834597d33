package org.rejoin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.SchoolCalendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main journeys, clicked through in Debian's headless chromium by the demo users who make them, on the
 * running application; every page on the way is checked against WCAG 2.2 AA with axe-core ({@link Browser}).
 * They run wherever chromium and chromium-driver are installed (CI installs them), and are skipped elsewhere.
 */
@IntegrationTest
@Tag("browser")
@EnabledIf("org.rejoin.browser.Browser#available")
class BrowserJourneysTests {

    private static final String PASSWORD = "Kingsbridge-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    AttendanceMarks marks;

    @Autowired
    SchoolCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolRefersAPupilAndAnOfficerTriagesWorksAndClosesTheCase() {
        var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        String name = nameOf(pupil);
        LocalDate today = fixtures.today();
        String reference;

        try (var school = new Browser(port)) {
            findOnTheRoll(school, name);
            school.follow("Refer to the CME team " + name);
            assertThat(school.heading()).isEqualTo("Refer a child missing education");
            school.choose("Not attending");
            school.fill("Details", "Not seen since the half term; the family does not answer the phone.");
            school.press("Send referral");
            assertThat(school.text()).containsPattern("Referral R\\d{4}-\\d{5} received");
            reference = school.row(name).split(" ")[0];
            assertThat(school.row(name)).contains("Received");
        }

        try (var officer = new Browser(port)) {
            officer.signIn("cme.officer", PASSWORD);
            officer.follow("Referrals");
            officer.fill("Reference, child's name, UPN or referrer", reference);
            officer.press("Show these referrals");
            officer.follow(reference);
            officer.press("This is " + name);
            assertThat(officer.text()).contains("Linked to", name);
            officer.choose("Missing education: open a CME case");
            officer.press("Save decision");
            officer.follow(name);
            officer.follow("CME" + today.getYear() + "-");
            assertThat(officer.text()).contains("Not located");

            officer.reveal("Record a check");
            officer.select("Check", "Home visit");
            officer.date("Date of the check", today);
            officer.select("What it found", "Found the child");
            officer.fill("Notes", "Mother at home; the child was ill and is well again.");
            officer.press("Save check");
            officer.press("Record the child as located on that day");
            assertThat(officer.text()).contains("Step recorded.");

            for (var step : new String[] {"Needs determined (key worker, needs and eligibility)", "Provision identified"}) {
                officer.choose(step);
                officer.date("Date", today);
                officer.press("Record step");
                assertThat(officer.text()).contains("Step recorded.");
            }
            officer.choose("Entered provision");
            officer.date("Date", today);
            officer.fill("Where the child is", "Abbey Primary School");
            officer.press("Record step");
            assertThat(officer.text()).contains("Step recorded.");
            officer.choose("Case closed");
            officer.date("Date", today);
            officer.select("Outcome, when closing the case", "In school");
            officer.press("Record step");
            assertThat(officer.text()).contains("Step recorded.", "Closed");
        }

        try (var school = new Browser(port)) {
            school.signIn("school", PASSWORD);
            school.follow("Referrals");
            assertThat(school.row(reference)).contains("Closed: the child is in school");
        }
    }

    @Test
    void aSchoolDeletesAPupilWhoseDestinationIsNotKnownAndTheCmeTeamIsTold() {
        var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        String name = nameOf(pupil);

        try (var school = new Browser(port)) {
            findOnTheRoll(school, name);
            school.follow("Record leaving " + name);
            school.date("Date the name was deleted from the admission register", fixtures.today());
            school.select("Ground for deletion", "(g) No longer lives within reasonable distance");
            school.choose("Not known");
            school.press("Send deletion return");
            assertThat(school.text()).contains("Deletion return for " + name + " sent.");
        }

        try (var officer = new Browser(port)) {
            officer.signIn("cme.officer", PASSWORD);
            officer.follow("Referrals");
            officer.fill("Reference, child's name, UPN or referrer", name);
            officer.press("Show these referrals");
            assertThat(officer.row(name)).contains("Left a school roll with no known destination");
        }
    }

    @Test
    void aSchoolTakesTheRegisterAndTheLocalAuthoritySeesTheAlert() throws Exception {
        // Ten school days away without authorisation: nine already sent, the tenth taken in the browser.
        TestClock.on(fixtures.schoolDay(), () -> {
            var pupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
            String name = nameOf(pupil);
            var days = calendar.forEstablishment(users.establishment(TestUsers.ABBEY_PRIMARY));
            var earlier = new ArrayList<NewMark>();
            for (int back = 9; back >= 1; back--) {
                LocalDate day = days.add(fixtures.today(), -back);
                earlier.add(new NewMark(pupil.upn(), pupil.urn(), day, Session.AM, "O"));
                earlier.add(new NewMark(pupil.upn(), pupil.urn(), day, Session.PM, "O"));
            }
            users.as("school", () -> marks.load(earlier, "API", users.user("school")));

            try (var school = new Browser(port)) {
                school.signIn("school", PASSWORD);
                school.follow("Attendance");
                school.fill("Name or the start of a UPN", pupil.upn());
                school.press("Open the register");
                String asOnTheRegister = name.substring(name.indexOf(' ') + 1) + ", " + name.substring(0, name.indexOf(' '));
                school.fill(asOnTheRegister + ", AM", "O");
                school.fill(asOnTheRegister + ", PM", "O");
                school.press("Save the register");
                assertThat(school.text()).contains("2 marks saved.");
            }

            try (var officer = new Browser(port)) {
                officer.signIn("cme.officer", PASSWORD);
                officer.follow("Referrals");
                officer.fill("Reference, child's name, UPN or referrer", name);
                officer.press("Show these referrals");
                assertThat(officer.row(name)).contains("Not attending");
                officer.follow(officer.row(name).split(" ")[0]);
                officer.follow(name);
                assertThat(officer.text()).contains("Ten school days away without authorisation");
            }
        });
    }

    /** The school user signs in and finds the pupil on their roll. */
    private static void findOnTheRoll(Browser school, String name) {
        school.signIn("school", PASSWORD);
        school.follow("Roll");
        school.fill("Name or the start of a UPN", name);
        school.press("Show these pupils");
    }

    private String nameOf(Fixtures.Pupil pupil) {
        return jdbc.sql("select legal_forename || ' ' || legal_surname from child where id = ?").param(pupil.id())
                .query(String.class).single();
    }
}
