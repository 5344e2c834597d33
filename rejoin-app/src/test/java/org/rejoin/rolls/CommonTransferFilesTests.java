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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.internal.CtfReader;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** docs/rules/rolls.md: Common Transfer Files in and out, the lost pupil file, the 15-school-day rule, and scope. */
@IntegrationTest
class CommonTransferFilesTests {

    @Autowired
    CommonTransferFiles ctfs;

    @Autowired
    RollReturns returns;

    @Autowired
    RollSnapshots snapshots;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private static String fixture(String name) throws IOException {
        try (InputStream in = CommonTransferFilesTests.class.getResourceAsStream("/ctf/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    private CtfImport importAs(String username, String xml) {
        return users.as(username, () -> ctfs.importFile(stream(xml), "test.XML", users.user(username)));
    }

    /** A valid UPN from its 12 digits: the check letter first. */
    private static String upn(String digits) {
        return org.rejoin.linkage.UpnCheckLetter.of("X" + digits) + digits;
    }

    private long referralsAbout(UUID childId) {
        return jdbc.sql("select count(*) from referral where child_id = ?").param(childId).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void anExportedFileReimportsWithNothingLost() throws IOException {
        String xml = fixture("ctf25-two-pupils.xml");
        var original = CtfReader.read(stream(xml), TestClock.TODAY).pupils().get(0);
        var imported = importAs("cme.officer", xml);
        assertThat(imported.pupils()).extracting(CtfImport.Pupil::outcome).containsExactly("ADDED", "ADDED");
        UUID marisol = imported.pupils().get(0).childId();
        assertThat(referralsAbout(marisol)).as("a lost pupil's file refers the child").isEqualTo(1);
        assertThat(imported.pupils().get(0).detail()).endsWith("referred to the CME team");
        assertThatThrownBy(() -> users.as("school", () -> ctfs.kept(marisol, users.user("school"))))
                .as("a school she was never at").isInstanceOf(AccessDeniedException.class);
        try {
            mvc.perform(get("/children/{id}", marisol).with(user(users.user("cme.officer")))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Schools, as Common Transfer Files said")))
                    .andExpect(content().string(containsString("Porthaven Primary")))
                    .andExpect(content().string(containsString("888/2001")))
                    .andExpect(content().string(containsString("90.0%")));
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }

        // She joins Kingsbridge Academy: the joiner is matched to the record the file made.
        var joined = users.as("secondary", () -> returns.joiner(new NewJoiner(null, new ChildDetails("Marisol", null,
                "Quillfeather", null, null, LocalDate.of(2013, 4, 17), false, Sex.FEMALE, "R999123424001", null, null,
                null, null, null, null), EnrolmentStatus.SINGLE, TestClock.TODAY), users.user("secondary")));
        assertThat(joined.childId()).isEqualTo(marisol);
        assertThat(jdbc.sql("select count(*) from task where child_id = ? and kind = 'CME_JOINED_ROLL' and subject_type = 'REFERRAL'")
                .param(marisol).query(Long.class).single()).as("the CME team is told she is on a roll").isEqualTo(1);

        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var export = users.as("secondary", () -> ctfs.export(new CtfRequest(academy, List.of(marisol), "XXX", "XXXX"),
                users.user("secondary")));
        assertThat(export.fileName()).matches("[0-9]{7}_CTF_XXXXXXX_[0-9]{3}\\.XML");
        var file = CtfReader.read(new ByteArrayInputStream(export.content()), TestClock.TODAY);
        assertThat(file.header().destination()).isEqualTo(Ctf.LOST_PUPIL);
        assertThat(file.header().source().name()).isEqualTo("Kingsbridge Academy");
        assertThat(file.header().source().laestab()).isEqualTo(export.fileName().substring(0, 7));
        var out = file.pupils().get(0);

        assertThat(out).usingRecursiveComparison()
                .ignoringFields("ncYear", "contacts", "history")
                .isEqualTo(original);
        assertThat(out.contacts()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("title")
                .isEqualTo(original.contacts());
        assertThat(out.history()).containsSubsequence(original.history());
        assertThat(out.history()).extracting(Ctf.SchoolSpell::schoolName).contains("Kingsbridge Academy");

        // Re-imported, the same child: nothing new, nothing created.
        long children = count("child");
        var again = importAs("cme.officer", new String(export.content(), StandardCharsets.UTF_8));
        assertThat(again.pupils()).singleElement().satisfies(p -> {
            assertThat(p.outcome()).isEqualTo("MATCHED");
            assertThat(p.childId()).isEqualTo(marisol);
            assertThat(p.detail()).isEqualTo("Nothing new for the record");
        });
        assertThat(count("child")).isEqualTo(children);
        assertThat(referralsAbout(marisol)).as("a referral already waiting is not raised again").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = ? and action = 'CTF_EXPORTED'")
                .param(marisol).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFileWithABadElementIsRefusedWithItsPathAndNothingIsWritten() throws IOException {
        String xml = fixture("ctf25-two-pupils.xml").replace("Quillfeather", "Vantongeren").replace("Brackenbury", "Oakenshield")
                .replace("<UPN>V999123424003</UPN>", "<UPN>V999123424003</UPN><Estab>1234</Estab>");
        long before = count("child") + count("ctf_import") + count("child_school_history") + count("audit_event");

        assertThatThrownBy(() -> importAs("cme.officer", xml)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("/CTfile/CTFpupilData/Pupil[2]/Estab");
                    assertThat(error.message()).startsWith("Estab is not an element the CTF specification has here; it allows UniqueLearnerNumber, UCI,");
                }));
        // A file the schema accepts but the register does not (a contact's email) is refused whole too.
        String badEmail = fixture("ctf25-two-pupils.xml").replace("Quillfeather", "Vantongeren")
                .replace("dana.q@example.org", "dana.q-at-example");
        assertThatThrownBy(() -> importAs("cme.officer", badEmail)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("/CTfile/CTFpupilData/Pupil[1]/Contacts");
                    assertThat(error.message()).startsWith("Contact Dana Jo Vantongeren: Enter an email address");
                }));

        assertThat(count("child") + count("ctf_import") + count("child_school_history") + count("audit_event"))
                .as("nothing written").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from child where legal_surname in ('Vantongeren', 'Oakenshield')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileForALeaverFromAYearWithoutTermDatesHasItsLatenessUnknownAndAsksForThem() {
        // The demo's term dates start with 2020/21: a pupil who left in March 2020 left in a year without them.
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var secondary = users.user("secondary");
        String upn = upn("999904521099");
        UUID child = users.as("secondary", () -> returns.joiner(new NewJoiner(null, TestUsers.child("Leontyne",
                "Marchwood", LocalDate.of(2007, 4, 12), upn), EnrolmentStatus.SINGLE, LocalDate.of(2019, 9, 5)),
                secondary)).childId();
        users.as("secondary", () -> returns.deletion(new NewDeletion(null, child, LocalDate.of(2020, 3, 2),
                DeletionGround.NO_LONGER_LIVES_NEARBY, Destination.UNKNOWN, null, null, null, null, null, null, null, null, null, null), secondary));

        // Six years on, the file is the LA's to send for the school: the school's own scope has long lapsed.
        var officer = users.user("cme.officer");
        var export = users.as("cme.officer", () -> ctfs.export(new CtfRequest(academy, List.of(child), "xxx", "xxxx"),
                officer));

        assertThat(export.late()).isZero();
        assertThat(export.lateUnknown()).isEqualTo(1);
        assertThat(users.as("secondary", () -> ctfs.sent(academy, secondary))).first()
                .satisfies(s -> assertThat(s.lateUnknown()).isEqualTo(1));
        assertThat(jdbc.sql("select title from task where kind = 'CTF_TERM_DATES_NEEDED' and title like ?")
                .param("%" + export.fileName() + "%").query(String.class).list()).singleElement()
                .satisfies(t -> assertThat(t).startsWith("Enter the term dates for 2019/20"));
    }

    @Test
    void lostPupilsGoOnePerFileAndAFileAfter15SchoolDaysIsLate() throws IOException {
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        var secondary = users.user("secondary");
        var leavers = new ArrayList<UUID>();
        for (String forename : List.of("Perpetua", "Anselm")) {
            String upn = upn("99990452" + (forename.length() + 1000));
            UUID child = users.as("secondary", () -> returns.joiner(new NewJoiner(null, TestUsers.child(forename,
                    "Hollingdrake", LocalDate.of(2012, 2, 9), upn), EnrolmentStatus.SINGLE, TestClock.TODAY.minusDays(90)),
                    secondary)).childId();
            users.as("secondary", () -> returns.deletion(new NewDeletion(null, child, TestClock.TODAY.minusDays(45),
                    DeletionGround.NO_LONGER_LIVES_NEARBY, Destination.UNKNOWN, null, null, null, null, null, null, null, null, null, null),
                    secondary));
            leavers.add(child);
        }
        var awaiting = users.as("secondary", () -> ctfs.awaiting(academy, secondary));
        assertThat(awaiting).filteredOn(d -> leavers.contains(d.childId())).hasSize(2).allSatisfy(d -> {
            assertThat(d.overdue()).isTrue();
            assertThat(d.destinationLa()).isEqualTo("XXX");
        });
        var overdueBefore = users.as("secondary", () -> returns.figures(academy, secondary)).ctfOverdue();
        assertThat(users.as("cme.officer", () -> returns.movements(users.user("cme.officer"))).ctfOverdue())
                .extracting(CtfExport.Due::childId).containsAll(leavers);

        var export = users.as("secondary", () -> ctfs.export(new CtfRequest(academy, leavers, "xxx", "xxxx"), secondary));

        assertThat(export.contentType()).isEqualTo("application/zip");
        assertThat(export.late()).isEqualTo(2);
        assertThat(export.files()).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).matches("[0-9]{7}_CTF_XXXXXXX_[0-9]{3}\\.XML"));
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.content()))) {
            int files = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var file = CtfReader.read(new ByteArrayInputStream(zip.readAllBytes()), TestClock.TODAY);
                assertThat(file.pupils()).as(entry.getName()).hasSize(1);
                assertThat(file.header().destination()).isEqualTo(Ctf.LOST_PUPIL);
                files++;
            }
            assertThat(files).isEqualTo(2);
        }
        assertThat(users.as("secondary", () -> ctfs.awaiting(academy, secondary)))
                .noneMatch(d -> leavers.contains(d.childId()));
        assertThat(users.as("secondary", () -> returns.figures(academy, secondary)).ctfOverdue())
                .isEqualTo(overdueBefore - 2);
        assertThat(users.as("secondary", () -> ctfs.sent(academy, secondary))).first()
                .satisfies(s -> assertThat(s.late()).isEqualTo(1));
    }

    @Test
    void aRollSnapshotCanBeACommonTransferFileFromTheSchoolItself() throws IOException {
        // A demo school no other test adds pupils to, whose pupils all have UPNs (a CTF names each by UPN).
        UUID school = jdbc.sql("""
                select r.establishment_id from registration r join establishment e on e.organisation_id = r.establishment_id
                join child c on c.id = r.child_id
                where r.starts_on <= ? and r.ends_on is null and e.urn not in (990001, 990045, 990059)
                and e.establishment_number is not null
                group by r.establishment_id having count(*) filter (where c.upn is null) = 0
                order by count(*) desc, r.establishment_id limit 1""").param(TestClock.TODAY).query(UUID.class).single();
        var officer = users.user("cme.officer");
        var pupils = jdbc.sql("select child_id from registration where establishment_id = ? and starts_on <= ? and ends_on is null")
                .params(school, TestClock.TODAY).query(UUID.class).list();
        var export = users.as("cme.officer", () -> ctfs.export(new CtfRequest(school, pupils, "999", "0000"), officer));

        var snapshot = users.as("cme.officer", () -> snapshots.reconcile(school, new ByteArrayInputStream(export.content()),
                officer));

        assertThat(snapshot.pupils()).isEqualTo(pupils.size());
        assertThat(snapshot.matched()).isEqualTo(pupils.size());
        assertThat(snapshot.count("MISSING")).isZero();
        assertThat(snapshot.count("NEW")).isZero();
        // A file from another school is not this school's roll.
        String other = fixture("ctf24-gender.xml");
        assertThatThrownBy(() -> users.as("cme.officer", () -> snapshots.reconcile(school, stream(other), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is from 8882001");
    }

    @Test
    void aSchoolExportsOnlyItsOwnPupilsAndCannotImport() throws IOException {
        var school = users.user("school");
        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        UUID academy = users.establishment(TestUsers.KINGSBRIDGE_ACADEMY);
        String xml = fixture("ctf24-gender.xml");
        assertThatThrownBy(() -> users.as("school", () -> ctfs.importFile(stream(xml), null, school)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("school", () -> ctfs.export(new CtfRequest(academy,
                List.of(fixtures.pupil(TestUsers.KINGSBRIDGE_ACADEMY).id()), "XXX", "XXXX"), school)))
                .isInstanceOf(AccessDeniedException.class);
        // A child the school never had: refused as a direct read would be, revealing nothing.
        assertThatThrownBy(() -> users.as("school", () -> ctfs.export(new CtfRequest(abbey,
                List.of(fixtures.child("Stranger", "Elsewhere")), "XXX", "XXXX"), school)))
                .isInstanceOf(AccessDeniedException.class);
        var officer = users.user("cme.officer");
        assertThatThrownBy(() -> users.as("cme.officer", () -> ctfs.export(new CtfRequest(abbey,
                List.of(fixtures.child("Stranger", "Elsewhere")), "XXX", "XXXX"), officer)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("never been on Abbey Primary School's roll");
        // A pupil who left more than 12 months ago is no longer the school's to read, nor to send in a file.
        var leftLongAgo = fixtures.pupil(TestUsers.ABBEY_PRIMARY);
        users.as("cme.officer", () -> returns.deletion(new NewDeletion(abbey, leftLongAgo.id(),
                TestClock.TODAY.minusDays(190), DeletionGround.NO_LONGER_LIVES_NEARBY, Destination.OTHER_LA, null,
                "Eastmoor", null, null, null, null, null, null, null, null), officer));
        jdbc.sql("update child_connection set ends_on = ? where child_id = ? and organisation_id = ?")
                .params(TestClock.TODAY.minusMonths(13), leftLongAgo.id(), abbey).update();
        assertThatThrownBy(() -> users.as("school", () -> ctfs.export(new CtfRequest(abbey, List.of(leftLongAgo.id()),
                "XXX", "XXXX"), school))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("school", () -> ctfs.export(new CtfRequest(abbey,
                List.of(fixtures.pupil(TestUsers.ABBEY_PRIMARY).id()), "XXX", "1234"), school)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("destination"));
        assertThatThrownBy(() -> users.as("school", () -> ctfs.sent(academy, school)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void throughTheWebAndTheApi() throws Exception {
        String xml = fixture("ctf24-gender.xml").replace("Fenwright", "Tregarthen");
        mvc.perform(multipart("/rolls/ctf").file(new MockMultipartFile("file", "bad.XML", "application/xml",
                        xml.replace("<DOB>2014-02-28</DOB>", "<DOB>2014-02-30</DOB>").getBytes(StandardCharsets.UTF_8)))
                        .with(user(users.user("cme.officer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/CTfile/CTFpupilData/Pupil/DOB: ")))
                .andExpect(content().string(containsString("The file bad.XML was refused. Nothing was written.")));
        mvc.perform(multipart("/rolls/ctf").file(new MockMultipartFile("file", "good.XML", "application/xml",
                        xml.getBytes(StandardCharsets.UTF_8))).with(user(users.user("cme.officer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported good.XML")))
                .andExpect(content().string(containsString("Lowenna Tregarthen")));
        mvc.perform(get("/rolls/ctf").with(user(users.user("school")))).andExpect(status().isForbidden());
        // An element of a later version, or a supplier's own, is passed over and listed, not refused.
        String later = xml.replace("Tregarthen", "Penhallow").replace("<CTFversion>24.0</CTFversion>",
                "<CTFversion>26.0</CTFversion>").replace("<Gender>F</Gender>", "<Gender>F</Gender><PreferredPronoun>she</PreferredPronoun>");
        mvc.perform(multipart("/rolls/ctf").file(new MockMultipartFile("file", "later.XML", "application/xml",
                        later.getBytes(StandardCharsets.UTF_8))).with(user(users.user("cme.officer"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported later.XML")))
                .andExpect(content().string(containsString("/CTfile/CTFpupilData/Pupil/PreferredPronoun: PreferredPronoun is not an element Rejoin reads")));

        mvc.perform(post("/api/v1/rolls/ctf").header("Authorization", "Bearer " + users.token("cme.officer"))
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pupils[0].outcome").value("MATCHED"))
                .andExpect(jsonPath("$.header.version").value("24.0"));
        mvc.perform(post("/api/v1/rolls/ctf").header("Authorization", "Bearer " + users.token("cme.officer"))
                        .contentType(MediaType.APPLICATION_XML).content(xml.replace("<Gender>F</Gender>", "<Gender>X</Gender>")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("/CTfile/CTFpupilData/Pupil/Gender")));
        mvc.perform(post("/api/v1/rolls/ctf").header("Authorization", "Bearer " + users.token("school"))
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isForbidden());

        UUID abbey = users.establishment(TestUsers.ABBEY_PRIMARY);
        // A pupil with a UPN: a CTF names each pupil by UPN, and a few demo pupils have none.
        UUID pupil = jdbc.sql("""
                select r.child_id from registration r join child c on c.id = r.child_id
                where r.establishment_id = ? and r.ends_on is null and c.upn is not null order by r.child_id limit 1""")
                .param(abbey).query(UUID.class).single();
        mvc.perform(get("/rolls/{id}/ctf", abbey).with(user(users.user("school"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send a Common Transfer File")));
        mvc.perform(post("/rolls/{id}/ctf", abbey).with(user(users.user("school"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select where the file goes")))
                .andExpect(content().string(containsString("Select at least one pupil")));
        mvc.perform(post("/rolls/{id}/ctf", abbey).with(user(users.user("school"))).with(csrf())
                        .param("childIds", pupil.toString()).param("destinationKind", "OTHER")
                        .param("destinationLa", "888").param("destinationEstab", "1234"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("_CTF_8881234_")))
                .andExpect(content().contentType("application/xml"));
        mvc.perform(post("/api/v1/rolls/ctf/export").header("Authorization", "Bearer " + users.token("school"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"childIds": ["%s"], "establishmentId": "%s", "destinationLa": "MMM", "destinationEstab": "MMMM"}"""
                                .formatted(pupil, abbey)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("_CTF_MMMMMMM_")));
        mvc.perform(get("/api/v1/rolls/establishments/{id}/ctf", abbey).header("Authorization", "Bearer " + users.token("school")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName", containsString("_CTF_MMMMMMM_")));
    }
}
