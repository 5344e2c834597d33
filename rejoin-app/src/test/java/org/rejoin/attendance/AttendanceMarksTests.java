package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** ADR 14: marks in, all or nothing; a re-sent mark replaces the old and is kept in history; scope. */
@IntegrationTest
class AttendanceMarksTests {

    @Autowired
    AttendanceMarks marks;

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
    org.rejoin.rolls.CommonTransferFiles ctfs;

    /** Monday of a full school week at Abbey, the week before last or earlier: school days in the past whatever today is. */
    private LocalDate monday() {
        return fixtures.fullWeek(2, users.establishment(TestUsers.ABBEY_PRIMARY));
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void marksMakeTheFiguresAndAResentMarkReplacesTheOldOneWithHistory() {
        var school = users.user("school");
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        LocalDate day = monday();
        var load = users.as("school", () -> marks.load(List.of(
                new NewMark(p.upn(), p.urn(), day, Session.AM, "/"),
                new NewMark(p.id().toString(), p.urn(), day, Session.PM, "\\"),
                new NewMark(p.upn(), p.urn(), day.plusDays(1), Session.AM, "I"),
                new NewMark(p.upn(), p.urn(), day.plusDays(1), Session.PM, "O"),
                new NewMark(p.upn(), p.urn(), day.plusDays(2), Session.AM, "#")), "API", school));
        assertThat(load.marks()).isEqualTo(5);
        assertThat(load.changed()).isZero();
        assertThat(load.pupils()).isEqualTo(1);

        var figures = users.as("school", () -> marks.figures(p.id(), day, day.plusDays(4), school));
        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.possible()).as("# is not a possible session").isEqualTo(4);
            assertThat(f.present()).isEqualTo(2);
            assertThat(f.authorised()).isEqualTo(1);
            assertThat(f.unauthorised()).isEqualTo(1);
            assertThat(f.notPossible()).isEqualTo(1);
            assertThat(f.attendancePercent()).isEqualTo(50.0);
            assertThat(f.severeAbsence()).isTrue();
        });

        // The school finds the afternoon was a medical appointment after all.
        var again = users.as("school", () -> marks.load(List.of(
                new NewMark(p.upn(), p.urn(), day.plusDays(1), Session.PM, "M"),
                new NewMark(p.upn(), p.urn(), day, Session.AM, "/")), "API", school));
        assertThat(again.changed()).as("only the mark that differs is a change").isEqualTo(1);
        assertThat(jdbc.sql("""
                select old_code || '>' || new_code from attendance_mark_change where child_id = ? and session_date = ?""")
                .params(p.id(), day.plusDays(1)).query(String.class).single())
                .isEqualTo(AttendanceCode.OTHER_UNAUTHORISED.id() + ">" + AttendanceCode.MEDICAL.id());
        assertThat(users.as("school", () -> marks.marks(p.id(), day, day.plusDays(4), school)))
                .extracting(m -> m.code().mark()).containsExactly("/", "\\", "I", "M", "#");
        assertThat(users.as("school", () -> marks.figures(p.id(), day, day.plusDays(4), school)).get(0).unauthorised())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'ATTENDANCE_RECORDED'")
                .param(p.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void alertsAreNotScannedAsOfADayToCome() {
        var admin = users.user("admin");
        assertThatThrownBy(() -> users.as("admin", () -> marks.scanAlerts(today().plusDays(1), admin)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("on"));
    }

    @Test
    void aLoadWithAnyBadRowWritesNothingAndNamesEachRow() {
        var school = users.user("school");
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        UUID stranger = fixtures.child("Stranger", "Elsewhere");
        LocalDate day = monday();
        long before = rows("attendance_month") + rows("attendance_load") + rows("attendance_mark_change");

        assertThatThrownBy(() -> users.as("school", () -> marks.load(List.of(
                new NewMark(p.upn(), p.urn(), day, Session.AM, "/"),
                new NewMark(p.upn(), p.urn(), day, Session.PM, "A"),
                new NewMark(p.upn(), p.urn(), today().plusDays(1), Session.AM, "/"),
                new NewMark(stranger.toString(), p.urn(), day, Session.AM, "/"),
                new NewMark(p.upn(), 123456, day, Session.AM, "/")), "API", school)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("row 2", "code 'A' is not one of the national attendance codes of 2024"),
                                org.assertj.core.groups.Tuple.tuple("row 3", "is dated " + org.rejoin.platform.Text.date(today().plusDays(1)) + ", in the future"),
                                org.assertj.core.groups.Tuple.tuple("row 4", stranger + " is not on Abbey Primary School's roll on " + org.rejoin.platform.Text.date(day)),
                                org.assertj.core.groups.Tuple.tuple("row 5", "no establishment has URN 123456")));

        assertThat(rows("attendance_month") + rows("attendance_load") + rows("attendance_mark_change"))
                .as("nothing written").isEqualTo(before);
        assertThat(users.as("school", () -> marks.marks(p.id(), day, day, school))).isEmpty();
    }

    @Test
    void aSchoolSendsAndSeesOnlyItsOwnPupils() {
        var school = users.user("school");
        var academyPupil = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY);
        LocalDate day = monday();
        assertThatThrownBy(() -> users.as("school", () -> marks.load(List.of(
                new NewMark(academyPupil.upn(), academyPupil.urn(), day, Session.AM, "/")), "API", school)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("school", () -> marks.figures(academyPupil.id(), day, day, school)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("agency", () -> marks.marks(academyPupil.id(), day, day, users.user("agency"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void marksArriveAsCsvThroughTheApi() throws Exception {
        var p = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY);
        LocalDate day = monday();
        String csv = "upn_or_child_id,establishment_urn,date,session,code\n"
                + p.upn() + "," + p.urn() + "," + day + ",AM,/\n"
                + p.upn() + "," + p.urn() + "," + day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ",PM,L\n";
        String token = users.token("secondary");
        mvc.perform(post("/api/v1/attendance/marks").header("Authorization", "Bearer " + token)
                        .contentType("text/csv").content(csv))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.marks").value(2))
                .andExpect(jsonPath("$.route").value("CSV"));
        mvc.perform(post("/api/v1/attendance/marks").header("Authorization", "Bearer " + token)
                        .contentType("text/csv").content(csv.replace(",L\n", ",l\n").replace(",AM,", ",XM,")
                                + p.upn() + "," + p.urn() + "," + day + ",PX,Q9\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("session 'XM' is not AM or PM")))
                .andExpect(content().string(containsString("code 'Q9' is not one of the national attendance codes")))
                .andExpect(content().string(containsString("code 'l' is not one of the national attendance codes")));
        mvc.perform(get("/api/v1/attendance/children/{id}/figures", p.id()).param("from", day.toString())
                        .param("to", day.toString()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].possible").value(2))
                .andExpect(jsonPath("$[0].attendancePercent").value(100.0))
                .andExpect(jsonPath("$[0].persistentAbsence").value(false));
        assertThatThrownBy(() -> users.as("secondary", () -> marks.loadCsv(new ByteArrayInputStream(
                "upn,date\n".getBytes(StandardCharsets.UTF_8)), users.user("secondary"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("The header row lacks upn_or_child_id");
    }

    @Test
    void aChildBelowCompulsorySchoolAgeRaisesNoAlertAndIsNotInTheFigures() throws Exception {
        TestClock.on(fixtures.schoolDay(), () -> {
            var school = users.user("school");
            // Four at the start of the school year: in Reception, of compulsory school age only after turning five.
            var young = fixtures.pupil(TestUsers.ABBEY_PRIMARY, AcademicYear.of(today()).firstDay().minusYears(4).plusMonths(3));
            var older = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
            var days = calendar.forEstablishment(users.establishment(TestUsers.ABBEY_PRIMARY));
            var batch = new java.util.ArrayList<NewMark>();
            for (int i = 9; i >= 0; i--) {
                LocalDate d = days.add(today(), -i);
                for (var p : List.of(young, older)) {
                    batch.add(new NewMark(p.upn(), p.urn(), d, Session.AM, "O"));
                    batch.add(new NewMark(p.upn(), p.urn(), d, Session.PM, "O"));
                }
            }
            users.as("school", () -> marks.load(batch, "API", school));

            assertThat(jdbc.sql("select count(*) from attendance_alert where child_id = ?").param(young.id())
                    .query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select kind from attendance_alert where child_id = ?").param(older.id())
                    .query(String.class).list()).contains("CONTINUOUS_UNAUTHORISED", "PENALTY_THRESHOLD");
            var admin = users.user("admin");
            var counted = users.as("admin", () -> marks.figuresForAll(days.add(today(), -9), today(), admin)).stream()
                    .map(AttendanceMarks.PupilFigures::childId).toList();
            assertThat(counted).contains(older.id()).doesNotContain(young.id());
        });
    }

    @Test
    void tenSchoolDaysAwayWithoutAuthorisationReferTheChildOnceAndAnNBecomesATask() throws Exception {
        // A scenario of school days: on the latest school day, whatever the suite's day.
        TestClock.on(fixtures.schoolDay(), () -> {
            var secondary = users.user("secondary");
            var p = fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY);
            UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
            var days = calendar.forEstablishment(academy);
            // Ten school days ending six school days ago (the October half term, if it falls between, is skipped).
            LocalDate last = days.add(today(), -6);
            var batch = new java.util.ArrayList<NewMark>();
            for (int i = 9; i >= 0; i--) {
                LocalDate d = days.add(last, -i);
                batch.add(new NewMark(p.upn(), p.urn(), d, Session.AM, i == 9 ? "N" : "O"));
                batch.add(new NewMark(p.upn(), p.urn(), d, Session.PM, "O"));
            }
            users.as("secondary", () -> marks.load(batch, "API", secondary));

            assertThat(jdbc.sql("select kind from attendance_alert where child_id = ? order by kind").param(p.id())
                    .query(String.class).list())
                    .containsExactly("CONTINUOUS_UNAUTHORISED", "LOW_ATTENDANCE", "PENALTY_THRESHOLD", "REASON_NOT_ESTABLISHED");
            assertThat(jdbc.sql("select count(*) from referral where child_id = ? and reason = 'NOT_ATTENDING'").param(p.id())
                    .query(Long.class).single()).as("one referral, though two alerts call for one").isEqualTo(1);
            assertThat(jdbc.sql("select kind from task where child_id = ? and subject_type = 'ATTENDANCE_ALERT' order by kind")
                    .param(p.id()).query(String.class).list())
                    .containsExactly("ATTENDANCE_PENALTY_THRESHOLD", "ATTENDANCE_REASON_NOT_ESTABLISHED");
            assertThat(jdbc.sql("select rule from task where child_id = ? and kind = 'ATTENDANCE_REASON_NOT_ESTABLISHED'")
                    .param(p.id()).query(String.class).single()).as("the LA's threshold, as configured")
                    .isEqualTo("Working together to improve school attendance: an N is replaced by another code within 5 school days");

            // The child's page shows the figures, the alerts and the marks with their meanings.
            try {
                mvc.perform(get("/children/{id}", p.id()).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user(secondary)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString("Ten school days away without authorisation")))
                        .andExpect(content().string(containsString("Absent in other or unknown circumstances")))
                        .andExpect(content().string(containsString("unauthorised absence")));
            }
            catch (Exception e) {
                throw new AssertionError(e);
            }
            // The morning scan finds them all again and raises none twice.
            scanAll();
            assertThat(jdbc.sql("select count(*) from attendance_alert where child_id = ?").param(p.id()).query(Long.class)
                    .single()).isEqualTo(4);
        });
    }

    @Test
    void aCommonTransferFilesMarksForASchoolRejoinHoldsJoinItsRegister() {
        var officer = users.user("cme.officer");
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        String laestab = abbeyLaestab();
        var days = calendar.forEstablishment(abbey);
        // Two characters a calendar day from ten school days ago (in a holiday, ten before it) to tomorrow: the
        // school days present, their first morning ill; a weekend or holiday holds what no register writes;
        // tomorrow is not yet.
        LocalDate from = days.add(today().plusDays(1), -10);
        var marksText = new StringBuilder();
        int schoolDays = 0;
        for (LocalDate d = from; !d.isAfter(today().plusDays(1)); d = d.plusDays(1)) {
            boolean school = !d.isAfter(today()) && days.isSchoolDay(d);
            marksText.append(school ? schoolDays++ == 0 ? "I\\" : "/\\" : "**");
        }
        String xml = ctf(p, laestab, from, marksText.toString());
        long loads = rows("attendance_load");

        var imported = users.as("cme.officer", () -> ctfs.importFile(stream(xml), "abbey.XML", officer));
        assertThat(imported.pupils()).extracting(org.rejoin.rolls.CtfImport.Pupil::childId).containsExactly(p.id());
        var held = users.as("cme.officer", () -> marks.marks(p.id(), from, today(), officer));
        assertThat(held).hasSize(schoolDays * 2).allMatch(m -> m.establishmentId().equals(abbey))
                .allMatch(m -> days.isSchoolDay(m.date()));
        assertThat(held.get(0).code()).isEqualTo(AttendanceCode.ILLNESS);
        assertThat(rows("attendance_load")).isEqualTo(loads + 1);
        assertThat(jdbc.sql("select route from attendance_load order by loaded_at desc limit 1").query(String.class).single())
                .isEqualTo("CTF");

        // A character on a school day that is no national code refuses the whole file.
        String bad = ctf(p, laestab, from, marksText.toString().replaceFirst("/", "A"));
        long imports = rows("ctf_import");
        assertThatThrownBy(() -> users.as("cme.officer", () -> ctfs.importFile(stream(bad), "bad.XML", officer)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> {
                            assertThat(f.field()).isEqualTo("/CTfile/CTFpupilData/Pupil/Attendance/YearData/AttendanceMarks");
                            assertThat(f.message()).contains("is 'A', which is not a national attendance code");
                        }));
        assertThat(rows("ctf_import")).as("nothing written").isEqualTo(imports);
        assertThat(users.as("cme.officer", () -> marks.marks(p.id(), from, today(), officer))).isEqualTo(held);
    }

    @Test
    void aPartTimeTimetablesTwoCharacterCodesInACommonTransferFileAreRead() {
        var officer = users.user("cme.officer");
        var p = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        String laestab = abbeyLaestab();
        var days = calendar.forEstablishment(abbey);
        // Three school days: mornings at school and afternoons on the timetable's leave (C2); then an interview (J1).
        LocalDate from = days.add(today().plusDays(1), -3);
        var marksText = new StringBuilder();
        int schoolDays = 0;
        for (LocalDate d = from; !d.isAfter(today()); d = d.plusDays(1)) {
            marksText.append(!days.isSchoolDay(d) ? "--" : schoolDays++ < 2 ? "/C2" : "J1J1");
        }
        users.as("cme.officer", () -> ctfs.importFile(stream(ctf(p, laestab, from, marksText.toString())), "c2.XML",
                officer));
        assertThat(users.as("cme.officer", () -> marks.marks(p.id(), from, today(), officer)))
                .extracting(AttendanceMarks.MarkEntry::code).containsExactly(AttendanceCode.PRESENT_AM,
                        AttendanceCode.PART_TIME_TIMETABLE, AttendanceCode.PRESENT_AM, AttendanceCode.PART_TIME_TIMETABLE,
                        AttendanceCode.INTERVIEW, AttendanceCode.INTERVIEW);
    }

    /** Abbey Primary as a Common Transfer File names it: LA code and establishment number. */
    private String abbeyLaestab() {
        return jdbc.sql("select la_code || '/' || establishment_number from establishment where urn = ?")
                .param(TestUsers.ABBEY_PRIMARY).query(String.class).single();
    }

    /** A one-pupil Common Transfer File from Abbey Primary with a year of marks. */
    private String ctf(Fixtures.Pupil p, String laestab, LocalDate from, String marksText) {
        var c = jdbc.sql("select legal_forename, legal_surname, date_of_birth, sex from child where id = ?").param(p.id())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4).substring(0, 1).replace("N", "U")}).single();
        String[] school = laestab.split("/");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CTfile>
                  <Header>
                    <DocumentName>Common Transfer File</DocumentName>
                    <CTFversion>25.0</CTFversion>
                    <DateTime>%1$sT09:00:00</DateTime>
                    <DocumentQualifier>partial</DocumentQualifier>
                    <SourceSchool><LEA>%2$s</LEA><Estab>%3$s</Estab><SchoolName>Abbey Primary School</SchoolName>
                      <AcademicYear>%4$d</AcademicYear></SourceSchool>
                    <DestSchool><LEA>%2$s</LEA><Estab>%3$s</Estab></DestSchool>
                  </Header>
                  <CTFpupilData>
                    <Pupil>
                      <UPN>%5$s</UPN><Surname>%7$s</Surname><Forename>%6$s</Forename><DOB>%8$s</DOB><Sex>%9$s</Sex>
                      <Attendance><YearData><Year>%4$d</Year><LEA>%2$s</LEA><Estab>%3$s</Estab>
                        <AttendanceMarks>%10$s</AttendanceMarks><AttendanceStartDate>%11$s</AttendanceStartDate>
                      </YearData></Attendance>
                    </Pupil>
                  </CTFpupilData>
                </CTfile>
                """.formatted(today(), school[0], school[1], org.rejoin.calendar.AcademicYear.of(from).startYear(),
                p.upn(), c[0], c[1], c[2], c[3], marksText, from);
    }

    private static java.io.InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The morning scan, now. */
    private int scanAll() {
        return users.as("admin", () -> marks.scanAlerts(today(), users.user("admin")));
    }
}
