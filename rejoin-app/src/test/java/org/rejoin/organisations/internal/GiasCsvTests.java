package org.rejoin.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.organisations.ImportReport.RowReject;

/** Reading the GIAS "establishment fields" CSV (docs/rules/identifiers.md: Windows-1252, dates dd-MM-yyyy). */
class GiasCsvTests {

    static final String HEADER = "\"URN\",\"LA (code)\",\"LA (name)\",\"EstablishmentNumber\",\"EstablishmentName\","
            + "\"TypeOfEstablishment (code)\",\"TypeOfEstablishment (name)\",\"EstablishmentStatus (code)\","
            + "\"EstablishmentStatus (name)\",\"OpenDate\",\"CloseDate\",\"PhaseOfEducation (code)\","
            + "\"PhaseOfEducation (name)\",\"StatutoryLowAge\",\"StatutoryHighAge\",\"Street\",\"Town\",\"Postcode\"\n";

    static final String GOOD = "100001,801,Bristol,2001,\"St Thérèse's Primary\",1,Community school,1,Open,"
            + "01-09-2005,,2,Primary,4,11,1 Church Lane,Bristol,BS1 1AA\n";

    private final List<GiasCsv.Row> valid = new ArrayList<>();
    private final List<RowReject> rejects = new ArrayList<>();

    private void read(String csv, Charset charset) throws Exception {
        GiasCsv.read(csv.getBytes(charset), valid::add, rejects::add);
    }

    @Test
    void readsAWindows1252RowWithItsDates() throws Exception {
        read(HEADER + GOOD, Charset.forName("windows-1252"));
        assertThat(rejects).isEmpty();
        var e = valid.get(0).establishment();
        assertThat(e.name()).isEqualTo("St Thérèse's Primary");
        assertThat(e.urn()).isEqualTo(100001);
        assertThat(e.laestab()).isEqualTo("8012001");
        assertThat(e.openedOn()).isEqualTo(LocalDate.of(2005, 9, 1));
        assertThat(e.statutoryHighAge()).isEqualTo(11);
    }

    @Test
    void aFileSavedAgainAsUtf8IsStillRead() throws Exception {
        read("\uFEFF" + HEADER + GOOD, StandardCharsets.UTF_8);
        assertThat(valid.get(0).establishment().name()).isEqualTo("St Thérèse's Primary");
    }

    @Test
    void rejectsEachBadRowByRowNumberAndReasonAndKeepsTheRest() throws Exception {
        read(HEADER + GOOD
                + "abc,801,Bristol,2002,Bad URN,1,Community school,1,Open,,,2,Primary,4,11,,,\n"
                + "100003,80,Bristol,2003,Bad LA,1,Community school,1,Open,,,2,Primary,4,11,,,\n"
                + "100004,801,Bristol,20040,Bad number,1,Community school,1,Open,,,2,Primary,4,11,,,\n"
                + "100005,801,Bristol,2005,Bad date,1,Community school,1,Open,2005-09-01,,2,Primary,4,11,,,\n"
                + "100006,801,Bristol,2006,,1,Community school,1,Open,,,2,Primary,4,11,,,\n"
                + "100007,801,Bristol,2007,Bad status,1,Community school,9,Open,,,2,Primary,4,11,,,\n"
                + "100008,801,Bristol,2008,Bad ages,1,Community school,1,Open,,,2,Primary,11,4,,,\n"
                + "100001,801,Bristol,2009,Duplicate,1,Community school,1,Open,,,2,Primary,4,11,,,\n"
                + "100010,801,Bristol,2010,Closed before opening,1,Community school,2,Closed,01-09-2010,31-08-2009,2,Primary,4,11,,,\n",
                StandardCharsets.UTF_8);
        assertThat(valid).hasSize(1);
        assertThat(rejects).containsExactly(
                new RowReject(3, "URN 'abc' is not a 6-digit number"),
                new RowReject(4, "LA (code) '80' is not a 3-digit LA code"),
                new RowReject(5, "EstablishmentNumber '20040' is not a 4-digit establishment number"),
                new RowReject(6, "OpenDate '2005-09-01' is not a date in the form dd-MM-yyyy"),
                new RowReject(7, "EstablishmentName is empty"),
                new RowReject(8, "EstablishmentStatus (code) '9' is not one of 1 (open), 2 (closed), "
                        + "3 (open, proposed to close), 4 (proposed to open)"),
                new RowReject(9, "StatutoryLowAge '11' is more than StatutoryHighAge '4'"),
                new RowReject(10, "URN 100001 appears again (first on row 2)"),
                new RowReject(11, "CloseDate '31-08-2009' is before OpenDate '01-09-2010'"));
    }

    @Test
    void aRowWithSeveralProblemsNamesThemAll() throws Exception {
        read(HEADER + "12,8,Bristol,1,,1,Community school,1,Open,,,2,Primary,4,11,,,\n", StandardCharsets.UTF_8);
        assertThat(rejects).containsExactly(new RowReject(2, "URN '12' is not a 6-digit number; "
                + "LA (code) '8' is not a 3-digit LA code; EstablishmentNumber '1' is not a 4-digit establishment number; "
                + "EstablishmentName is empty"));
    }

    @Test
    void aFileWithoutTheGiasColumnsIsRefusedWhole() {
        assertThatThrownBy(() -> read("name,age\nBob,4\n", StandardCharsets.UTF_8))
                .isInstanceOf(GiasCsv.InvalidFileException.class)
                .hasMessage("The file has no URN, LA (code), EstablishmentName, TypeOfEstablishment (code), "
                        + "TypeOfEstablishment (name), EstablishmentStatus (code), EstablishmentStatus (name) column: "
                        + "it is not a GIAS establishment fields CSV");
    }
}
