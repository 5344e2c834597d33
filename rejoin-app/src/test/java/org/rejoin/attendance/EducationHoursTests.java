package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** ADR 15: hours across dual registration, part-time timetables and their alerts, the register, scope, the pages. */
@IntegrationTest
class EducationHoursTests {

    static final int PRU = 990059;

    @Autowired
    EducationHours hours;

    @Autowired
    AttendanceMarks marks;

    @Autowired
    Registrations registrations;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    private LocalDate today() {
        return fixtures.today();
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.rejoin.calendar.SchoolCalendar calendar;

    @Autowired
    org.rejoin.children.ChildRegister children;

    /** Monday of a full school week at Abbey three weeks back or more: a school week in the past whatever today is. */
    private LocalDate monday() {
        return fixtures.fullWeek(3, users.establishment(TestUsers.ABBEY_PRIMARY));
    }

    /** The Monday of the latest past week whose five days are school days at every one of these establishments. */
    private LocalDate fullWeek(UUID... establishments) {
        return fixtures.fullWeek(1, establishments);
    }

    private static int mornings() {
        int bits = 0;
        for (int d = 1; d <= 5; d++) {
            bits |= 1 << PartTimeTimetable.bit(DayOfWeek.of(d), Session.AM);
        }
        return bits;
    }

    @Test
    void hoursAcrossDualRegistrationCountEachSessionOnce() {
        UUID pru = users.establishment(PRU);
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        LocalDate monday = fullWeek(pru, abbey);
        var admin = users.user("admin");
        UUID id = users.as("admin", () -> children.create(TestUsers.child("Perpetua", "Dualwell", today().minusYears(9),
                null), true, admin)).id();
        var p = new Fixtures.Pupil(id, id.toString(), TestUsers.ABBEY_PRIMARY);
        users.as("admin", () -> registrations.record(new NewRegistration(id, abbey, EnrolmentStatus.MAIN_DUAL,
                monday.minusWeeks(2), null, null), admin));
        users.as("admin", () -> registrations.record(new NewRegistration(id, pru, EnrolmentStatus.SUBSIDIARY_DUAL,
                monday.minusWeeks(1), null, null), admin));
        // Mornings at the PRU (the school marks D), afternoons at school (the PRU marks D), for a week.
        var school = new ArrayList<NewMark>();
        var unit = new ArrayList<NewMark>();
        for (int d = 0; d < 5; d++) {
            LocalDate day = monday.plusDays(d);
            school.add(new NewMark(p.upn(), p.urn(), day, Session.AM, "D"));
            school.add(new NewMark(p.upn(), p.urn(), day, Session.PM, d == 4 ? "O" : "\\"));
            unit.add(new NewMark(p.id().toString(), PRU, day, Session.AM, "/"));
            unit.add(new NewMark(p.id().toString(), PRU, day, Session.PM, "D"));
        }
        users.as("school", () -> marks.load(school, "API", users.user("school")));
        users.as("provider", () -> marks.load(unit, "REGISTER", users.user("provider")));

        var week = users.as("cme.officer", () -> hours.weeks(p.id(), monday, monday.plusDays(4), users.user("cme.officer")));
        assertThat(week).singleElement().satisfies(w -> {
            assertThat(w.schoolDays()).isEqualTo(5);
            // Default session times: 3.5 hours a morning (at the PRU) and 3 an afternoon (at school).
            assertThat(w.offered()).isEqualTo(32.5);
            assertThat(w.attended()).as("Friday afternoon missed").isEqualTo(29.5);
            assertThat(w.isShort()).isFalse();
        });
        // The same through the API, and the read is audited.
        try {
            mvc.perform(get("/api/v1/attendance/children/{id}/hours", p.id()).param("from", monday.toString())
                            .param("to", monday.plusDays(4).toString()).header("Authorization", "Bearer " + users.token("cme.officer")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].offered").value(32.5)).andExpect(jsonPath("$[0].attended").value(29.5));
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ATTENDANCE_VIEWED' and subject like 'Hours %'")
                .param(p.id()).query(Long.class).single()).isEqualTo(2);
        // The provider sees the child it has placed, and its own marks for them.
        assertThat(users.as("provider", () -> marks.register(pru, monday.plusDays(2), users.user("provider"))))
                .filteredOn(r -> r.childId().equals(p.id())).singleElement()
                .satisfies(r -> assertThat(r.am().mark() + r.pm().mark()).isEqualTo("/D"));
    }

    @Test
    void aPartTimeTimetableIsCheckedCutsTheHoursOfferedAndIsAlertedOncePastItsReview() throws Exception {
        // A scenario of school days: on the latest school day, whatever the suite's day.
        TestClock.on(fixtures.schoolDay(), () -> {
            var p = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY);
            UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
            var secondary = users.user("secondary");
            LocalDate monday = fullWeek(academy);
            assertThatThrownBy(() -> users.as("secondary", () -> hours.recordTimetable(new NewTimetable(p.id(), academy, monday,
                    monday.minusDays(1), monday.plusWeeks(1), " ", PartTimeTimetable.FULL_WEEK), secondary)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("plannedEndOn", "reviewOn", "reason", "sessions"));
            UUID stranger = fixtures.child("Stranger", "Elsewhere");
            assertThatThrownBy(() -> users.as("secondary", () -> hours.recordTimetable(new NewTimetable(stranger, academy, monday,
                    monday.plusWeeks(4), monday.plusWeeks(1), "Phased return", mornings()), secondary)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("childId"));
            long timetables = jdbc.sql("select count(*) from part_time_timetable").query(Long.class).single();

            // Mornings only from a past week, reviewed the next day: the review is now overdue.
            var t = users.as("secondary", () -> hours.recordTimetable(new NewTimetable(p.id(), academy, monday, monday.plusWeeks(6),
                    monday.plusDays(1), "Anxiety: building back up with mornings", mornings()), secondary));
            assertThat(t.sessionsPerWeek()).isEqualTo(5);
            assertThat(jdbc.sql("select count(*) from part_time_timetable").query(Long.class).single()).isEqualTo(timetables + 1);
            assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'TIMETABLE_RECORDED'")
                    .param(p.id()).query(Long.class).single()).isEqualTo(1);
            var week = users.as("secondary", () -> hours.weeks(p.id(), monday, monday.plusDays(4), secondary));
            assertThat(week.get(0).offered()).as("five mornings of 3.5 hours").isEqualTo(17.5);
            assertThat(week.get(0).isShort()).isTrue();

            scanAll();
            scanAll();
            assertThat(jdbc.sql("select count(*) from attendance_alert where child_id = ? and kind = 'TIMETABLE_REVIEW_DUE'")
                    .param(p.id()).query(Long.class).single()).as("raised once").isEqualTo(1);
            assertThat(jdbc.sql("select since from short_hours where child_id = ?").param(p.id()).query(LocalDate.class).single())
                    .as("short every week since the timetable began").isEqualTo(monday);
            assertThat(users.as("cme.officer", () -> hours.shortHours(users.user("cme.officer"))))
                    .anySatisfy(s -> assertThat(s.childId()).isEqualTo(p.id()));
            // The school's page lists the pupil once, with the alert.
            mvc.perform(get("/establishments/{id}", academy).with(user(secondary)))
                    .andExpect(content().string(containsString("Part-time timetable past its review date (")));

            // Reviewed: a new review date, and with it no alert until that passes; then ended.
            var reviewed = users.as("secondary", () -> hours.reviewTimetable(t.id(), today().plusWeeks(1),
                    monday.plusWeeks(6), t.version(), secondary));
            assertThat(reviewed.reviewOn()).isEqualTo(today().plusWeeks(1));
            assertThatThrownBy(() -> users.as("secondary", () -> hours.endTimetable(t.id(), today(), t.version(), secondary)))
                    .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
            var ended = users.as("secondary", () -> hours.endTimetable(t.id(), today(), reviewed.version(), secondary));
            assertThat(ended.isOpen()).isFalse();
            assertThat(users.as("secondary", () -> hours.runningTimetables(academy, secondary)))
                    .noneMatch(x -> x.id().equals(t.id()));
            assertThatThrownBy(() -> users.as("school", () -> hours.timetables(p.id(), users.user("school"))))
                    .isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void aProviderKeepsTheRegisterOfItsPlacedPupilsOnly() throws Exception {
        var provider = users.user("provider");
        UUID pru = users.establishment(PRU);
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        LocalDate day = monday().plusDays(1);
        var register = users.as("provider", () -> marks.register(pru, day, provider));
        var placed = jdbc.sql("""
                select distinct coalesce(c.merged_into, c.id) from registration r join child c on c.id = r.child_id
                where r.establishment_id = ? and r.starts_on <= ? and (r.ends_on is null or r.ends_on > ?)""")
                .params(pru, day, day).query(UUID.class).list();
        assertThat(register).extracting(AttendanceMarks.RegisterEntry::childId).containsExactlyInAnyOrderElementsOf(placed);
        assertThatThrownBy(() -> users.as("provider", () -> marks.register(abbey, day, provider)))
                .isInstanceOf(AccessDeniedException.class);
        var abbeyPupil = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        assertThatThrownBy(() -> users.as("provider", () -> marks.load(List.of(
                new NewMark(abbeyPupil.id().toString(), PRU, day, Session.AM, "/")), "REGISTER", provider)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .contains("is not on Kingsbridge Pupil Referral Unit's roll"));
        // The pages: another establishment's register and targeting list are refused; the LA page sends it home.
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).with(user(provider))).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/establishments/{id}/targeting.csv", abbey).with(user(provider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/attendance").with(user(provider)))
                .andExpect(redirectedUrl("/attendance/establishments/" + pru + "/register"));
        // The register narrowed to the pupils looked for.
        mvc.perform(get("/attendance/establishments/{id}/register", pru).param("q", "no such pupil zzz")
                        .with(user(provider)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No pupil on the register that day matches")));
    }

    @Test
    void theRegisterPageSavesWhatWasTypedAndNamesTheBoxOfABadCode() throws Exception {
        var school = users.user("school");
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        LocalDate day = monday().plusDays(3);
        // The day as a person types it, day/month/year, whatever their browser's language.
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).with(user(school))
                        .param("date", day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"am-" + p.id() + "\"")))
                .andExpect(content().string(containsString("value=\"" + day.getDayOfMonth() + "/" + day.getMonthValue() + "/"
                        + day.getYear() + "\"")));
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).param("date", "31/2/2026").with(user(school)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("31/2/2026 is not a date: write it as day/month/year")));
        mvc.perform(post("/attendance/establishments/{id}/register", abbey).with(user(school)).with(csrf())
                        .param("date", day.toString()).param("am-" + p.id(), "/").param("pm-" + p.id(), "Q9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#pm-" + p.id() + "\"")))
                .andExpect(content().string(containsString("code &#39;Q9&#39; is not one of the national attendance codes")));
        assertThat(users.as("school", () -> marks.marks(p.id(), day, day, school))).as("nothing written").isEmpty();
        // A year group at a time, as a long register is taken: the pupil's shows them, another does not.
        int yearGroup = org.rejoin.calendar.AcademicYear.of(day).yearGroup(jdbc.sql("select date_of_birth from child where id = ?")
                .param(p.id()).query(LocalDate.class).single());
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).param("date", day.toString())
                        .param("year", String.valueOf(yearGroup)).with(user(school)))
                .andExpect(content().string(containsString("id=\"am-" + p.id() + "\"")));
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).param("date", day.toString())
                        .param("year", String.valueOf(yearGroup == 1 ? 2 : 1)).with(user(school)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"am-" + p.id() + "\""))));
        mvc.perform(get("/attendance/establishments/{id}/register", abbey).param("date", day.toString())
                        .param("year", "").with(user(school)))
                .andExpect(content().string(containsString("id=\"am-" + p.id() + "\"")));
        // A mistyped code shows the same year group again, with what was typed, to correct.
        mvc.perform(post("/attendance/establishments/{id}/register", abbey).with(user(school)).with(csrf())
                        .param("date", day.toString()).param("year", String.valueOf(yearGroup))
                        .param("am-" + p.id(), "/").param("pm-" + p.id(), "Q9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"year\" value=\"" + yearGroup + "\"")))
                .andExpect(content().string(containsString("id=\"am-" + p.id() + "\"")));
        mvc.perform(post("/attendance/establishments/{id}/register", abbey).with(user(school)).with(csrf())
                        .param("date", day.toString()).param("year", String.valueOf(yearGroup))
                        .param("am-" + p.id(), "/").param("pm-" + p.id(), "I"))
                .andExpect(redirectedUrl("/attendance/establishments/" + abbey + "/register?date=" + day + "&year=" + yearGroup));
        assertThat(users.as("school", () -> marks.marks(p.id(), day, day, school)))
                .extracting(m -> m.code().mark()).containsExactly("/", "I");
        assertThat(jdbc.sql("select route from attendance_load order by loaded_at desc limit 1").query(String.class).single())
                .isEqualTo("REGISTER");
    }

    @Test
    void theLaPageTheTargetingListAndTheEstablishmentSectionShowTheFigures() throws Exception {
        // A scenario of school days: on the latest school day, whatever the suite's day.
        TestClock.on(fixtures.schoolDay(), () -> {
            var secondary = users.user("secondary");
            var p = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY);
            UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
            LocalDate monday = monday();
            var week = new ArrayList<NewMark>();
            for (int d = 0; d < 5; d++) {
                week.add(new NewMark(p.upn(), p.urn(), monday.plusDays(d), Session.AM, d < 2 ? "O" : "/"));
                week.add(new NewMark(p.upn(), p.urn(), monday.plusDays(d), Session.PM, d < 2 ? "O" : "\\"));
            }
            users.as("secondary", () -> marks.load(week, "API", secondary));
            var manager = users.user("manager");
            mvc.perform(get("/attendance").with(user(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Attendance across the local authority")))
                    .andExpect(content().string(containsString("Kingsbridge Academy")));
            mvc.perform(get("/attendance/establishments/{id}/targeting.csv", academy).with(user(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/csv"))
                    // A byte-order mark for Excel, and a header in words.
                    .andExpect(content().string(startsWith("\uFEFFUPN,Name,Date of birth,Year group,Establishment URN")))
                    .andExpect(content().string(containsString(p.upn() + ",")));
            // The same rows as an Excel workbook: a zip holding the sheet, the pupil's UPN among its strings.
            var workbook = mvc.perform(get("/attendance/establishments/{id}/targeting.xlsx", academy).with(user(manager)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .andReturn().getResponse().getContentAsByteArray();
            var file = java.nio.file.Files.createTempFile("targeting", ".xlsx");
            java.nio.file.Files.write(file, workbook);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                org.assertj.core.api.Assertions.assertThat(strings).contains("Date of birth", p.upn());
            }
            finally {
                java.nio.file.Files.delete(file);
            }
            mvc.perform(get("/attendance/establishments/{id}/targeting.pdf", academy).with(user(manager)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/establishments/{id}", academy).with(user(secondary)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Persistent absence")))
                    .andExpect(content().string(containsString("Open the register")));
            mvc.perform(get("/establishments/{id}", academy).with(user(users.user("agency"))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Open the register"))));
        });
    }

    /** The morning scan, now. */
    private int scanAll() {
        return users.as("admin", () -> marks.scanAlerts(today(), users.user("admin")));
    }
}
