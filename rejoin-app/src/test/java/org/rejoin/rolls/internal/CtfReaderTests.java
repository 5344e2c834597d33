package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;

/** Reading and writing Common Transfer Files, without a database. */
class CtfReaderTests {

    static String resource(String name) throws IOException {
        try (InputStream in = CtfReaderTests.class.getResourceAsStream("/ctf/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Ctf.File read(String xml) {
        return CtfReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LocalDate.of(2026, 11, 18));
    }

    private static List<FieldError> problems(String xml) {
        try {
            read(xml);
        }
        catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("The file was read, but should have been refused");
    }

    @Test
    void readsEveryPartRejoinKeeps() throws IOException {
        var file = read(resource("ctf25-two-pupils.xml"));

        assertThat(file.header().version()).isEqualTo("25.0");
        assertThat(file.header().source()).isEqualTo(new Ctf.School("888", "1234", 888123, "Harbour Side Academy"));
        assertThat(file.header().destination().isLostPupil()).isTrue();
        assertThat(file.pupils()).hasSize(2);
        var p = file.pupils().get(0);
        assertThat(p.upn()).isEqualTo("R999123424001");
        assertThat(p.formerUpn()).isEqualTo("F999123424002");
        assertThat(p.uln()).isEqualTo("1234567899");
        assertThat(p.name()).isEqualTo("Marisol Quillfeather");
        assertThat(p.middleNames()).isEqualTo("Rose Anne");
        assertThat(p.preferredForename()).isEqualTo("Mari");
        assertThat(p.formerSurname()).isEqualTo("Ashgrove");
        assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(2013, 4, 17));
        assertThat(p.sex()).isEqualTo(Sex.FEMALE);
        assertThat(p.inCare()).isTrue();
        assertThat(p.careAuthority()).isEqualTo("888");
        assertThat(p.sen()).containsExactly(
                new Ctf.Sen(LocalDate.of(2021, 9, 6), "K", List.of("ASD", "SLCN")),
                new Ctf.Sen(LocalDate.of(2024, 3, 4), "E", List.of("ASD")));
        assertThat(p.address()).isEqualTo(new Ctf.Address("Flat 2 14 Gull Street", "Old Harbour", "Porthaven", "PH1 4QT"));
        assertThat(p.contacts()).extracting(Ctf.Contact::forename, Ctf.Contact::relationship,
                Ctf.Contact::parentalResponsibility, Ctf.Contact::telephone, Ctf.Contact::address)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Dana Jo", "Mother", true, "07700 900456", null),
                        org.assertj.core.groups.Tuple.tuple("Tobias", "Father", false, "07700 900123",
                                "3 Pier Road, Porthaven, PH2 1AB"));
        assertThat(p.attendance()).hasSize(2);
        assertThat(p.attendance().get(1).marks()).isEqualTo("/\\/\\----IIOO/\\");
        assertThat(p.attendance().get(1).marksFrom()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(p.history()).extracting(Ctf.SchoolSpell::estab).containsExactly("2001", "1234");
        assertThat(file.pupils().get(1).address())
                .isEqualTo(new Ctf.Address("7 Lantern Row", "Westcliff", "Porthaven", "PH3 9ZZ"));
    }

    @Test
    void readsVersion24WithGender() throws IOException {
        var file = read(resource("ctf24-gender.xml"));

        assertThat(file.header().version()).isEqualTo("24.0");
        assertThat(file.pupils().get(0).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws IOException {
        var file = read(resource("ctf25-two-pupils.xml"));

        var again = CtfReader.read(new ByteArrayInputStream(CtfWriter.write(file)), LocalDate.of(2026, 11, 18));

        assertThat(again).isEqualTo(file);
    }

    @Test
    void anElementRejoinDoesNotReadIsPassedOverWithAWarningNotRefused() throws IOException {
        // As a supplier's own element, or one a later version adds, would be.
        String xml = resource("ctf25-two-pupils.xml").replace("<UPN>V999123424003</UPN>",
                "<UPN>V999123424003</UPN><Nickname>Ozzy</Nickname>")
                .replace("<SupplierID>", "<SupplierBuild>7.214</SupplierBuild><SupplierID>");

        var file = read(xml);

        assertThat(file.pupils()).hasSize(2);
        assertThat(file.passedOver()).containsExactlyInAnyOrder(
                "/CTfile/Header/SupplierBuild: SupplierBuild is not an element Rejoin reads; passed over",
                "/CTfile/CTFpupilData/Pupil[2]/Nickname: Nickname is not an element Rejoin reads; passed over");
    }

    @Test
    void anElementOfTheSpecificationInTheWrongPlaceIsStillRefusedWithItsPath() throws IOException {
        String xml = resource("ctf25-two-pupils.xml").replace("<UPN>V999123424003</UPN>",
                "<UPN>V999123424003</UPN><Estab>1234</Estab>");

        assertThat(problems(xml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("/CTfile/CTFpupilData/Pupil[2]/Estab");
            assertThat(e.message()).startsWith("Estab is not an element the CTF specification has here; it allows UniqueLearnerNumber, UCI,");
        });
    }

    @Test
    void laterVersionsAreReadAndAFileFromGetInformationAboutPupilsIsNotFromASchool() throws IOException {
        for (String version : List.of("26.0", "26.1", "27.0")) {
            String xml = resource("ctf25-two-pupils.xml").replace("<CTFversion>25.0</CTFversion>",
                    "<CTFversion>" + version + "</CTFversion>");
            assertThat(read(xml).header().version()).isEqualTo(version);
        }
        String giap = resource("ctf25-two-pupils.xml").replaceFirst("<LEA>888</LEA>\\s*<Estab>1234</Estab>",
                "<LEA>XXX</LEA><Estab>XXXX</Estab>");
        assertThat(read(giap).header().source().isLostPupil()).isTrue();
        assertThat(CtfRules.describeSource(read(giap).header().source())).contains("Get Information about Pupils");
        String abroad = resource("ctf25-two-pupils.xml").replaceFirst("<LEA>888</LEA>\\s*<Estab>1234</Estab>",
                "<LEA>MMM</LEA><Estab>MMMM</Estab>");
        assertThat(problems(abroad)).singleElement().satisfies(e -> assertThat(e.message())
                .startsWith("The source must be a school's LA code and establishment number, or XXX/XXXX"));
    }

    @Test
    void theVersionWrittenIsTheOneCurrentForTheAcademicYear() {
        assertThat(CtfRules.versionFor(new org.rejoin.calendar.AcademicYear(2025))).isEqualTo("25.0");
        assertThat(CtfRules.versionFor(new org.rejoin.calendar.AcademicYear(2026))).isEqualTo("26.0");
        assertThat(CtfRules.readable("24.0")).isTrue();
        assertThat(CtfRules.readable("31.2")).isTrue();
        assertThat(CtfRules.readable("23.0")).isFalse();
    }

    @Test
    void aValueThatBreaksItsTypeIsRefusedWithItsPath() throws IOException {
        String xml = resource("ctf25-two-pupils.xml").replace("<DOB>2014-11-02</DOB>", "<DOB>2014-13-02</DOB>")
                .replace("<SessionsPossible>380</SessionsPossible>", "<SessionsPossible>many</SessionsPossible>");

        assertThat(problems(xml)).extracting(FieldError::field, FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/CTfile/CTFpupilData/Pupil[1]/Attendance/YearData[1]/SessionsPossible",
                        "'many' is not a whole number"),
                org.assertj.core.groups.Tuple.tuple("/CTfile/CTFpupilData/Pupil[2]/DOB", "'2014-13-02' is not a date, as 2014-02-28"));
    }

    @Test
    void theRulesBeyondTheSchemaAreChecked() throws IOException {
        String xml = resource("ctf25-two-pupils.xml")
                .replace("<UPN>V999123424003</UPN>", "<UPN>A999123424003</UPN>")
                .replace("<Sex>M</Sex>", "<Sex>M</Sex><Gender>M</Gender>")
                .replace("<LeavingDate>2024-07-19</LeavingDate>", "<LeavingDate>2016-07-19</LeavingDate>");

        assertThat(problems(xml)).extracting(FieldError::field, FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/CTfile/CTFpupilData/Pupil[1]/SchoolHistory/School[1]/LeavingDate",
                        "The leaving date 19 July 2016 is before the entry date 5 September 2017"),
                org.assertj.core.groups.Tuple.tuple("/CTfile/CTFpupilData/Pupil[2]/UPN",
                        "UPN check letter is wrong: A999123424003 should start with V"),
                org.assertj.core.groups.Tuple.tuple("/CTfile/CTFpupilData/Pupil[2]/Gender",
                        "A pupil has Sex (CTF 24 and later) or Gender (older files), not both"));
    }

    @Test
    void anOlderVersionIsRefused() throws IOException {
        String xml = resource("ctf24-gender.xml").replace("<CTFversion>24.0</CTFversion>", "<CTFversion>23.0</CTFversion>");

        assertThat(problems(xml)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("/CTfile/Header/CTFversion");
            assertThat(e.message()).isEqualTo("Rejoin reads CTF version 24 and every later one; this file is version 23.0");
        });
    }

    @Test
    void somethingElseIsRefused() {
        assertThat(problems("<Pupils><Pupil/></Pupils>")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("root element is Pupils"));
        assertThat(problems("<CTfile><Header>")).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("The file is not well-formed XML (line 1"));
        // No DOCTYPE: an entity cannot make Rejoin read a file of its own.
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?><!DOCTYPE CTfile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<CTfile>&x;</CTfile>")).isInstanceOf(InvalidInputException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void tellsXmlFromCsv() {
        assertThat(CtfReader.isXml("\uFEFF  <?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(CtfReader.isXml("forename,surname\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
