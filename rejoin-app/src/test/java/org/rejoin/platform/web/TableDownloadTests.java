package org.rejoin.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A download people open in a spreadsheet: words for headers, and nothing in it runs when opened. */
class TableDownloadTests {

    @Test
    void textThatASpreadsheetWouldRunIsWrittenInert() {
        List<Object> row = Arrays.asList("=HYPERLINK(\"http://evil.example\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "Ruby",
                -4, LocalDate.of(2026, 12, 8), null);
        var csv = new String(TableDownload.of("pupils", TableDownload.Format.CSV, List.of("A", "B", "C", "D", "E", "F", "G",
                "H", "I"), List.of(row)).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK", "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", ",Ruby,-4,2026-12-08,")
                .doesNotContain(",=", ",+1");
    }

    @Test
    void aWorkbookIsOfferedByItsExtensionAndNothingElse() {
        assertThat(TableDownload.Format.of("xlsx")).isEqualTo(TableDownload.Format.XLSX);
        assertThat(TableDownload.Format.of("CSV")).isEqualTo(TableDownload.Format.CSV);
        assertThat(TableDownload.Format.of("pdf")).isNull();
        var xlsx = TableDownload.of("pupils", TableDownload.Format.XLSX, List.of("Name"), List.of(List.of("=1+1")));
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("pupils.xlsx");
        assertThat(xlsx.getBody()).startsWith((byte) 'P', (byte) 'K');
    }
}
