package org.rejoin.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to open in a spreadsheet, as a CSV file or an Excel workbook (XLSX), the same rows in
 * either. Headed with words. The CSV is UTF-8 with a byte-order mark, so that Excel reads accented names
 * rightly; the workbook keeps numbers as numbers and dates as dates. Files for other systems (the matching
 * engine's labelled pairs) are written as those systems read them instead.
 */
public final class TableDownload {

    /** The two forms a table is offered in, named by the file extension a page links to. */
    public enum Format {
        CSV, XLSX;

        /** The format a link's extension names ("csv" or "xlsx"); null for any other. */
        public static Format of(String extension) {
            return switch (extension == null ? "" : extension.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> null;
            };
        }
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final MediaType XLSX_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableDownload() {
    }

    /**
     * The rows under their header, as an attachment named {@code name} with the format's extension. Values are
     * written as given: numbers, dates, and text (answers and codes already in words).
     */
    public static ResponseEntity<byte[]> of(String name, Format format, List<String> header, List<List<Object>> rows) {
        byte[] body = format == Format.XLSX ? xlsx(name, header, rows) : csv(header, rows);
        String fileName = name + "." + format.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(format == Format.XLSX ? XLSX_TYPE : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    private static byte[] csv(List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var row : rows) {
                csv.printRecord(row.stream().map(TableDownload::inert).toList());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Text a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage return) is written
     * with a leading apostrophe, so that opening the file runs nothing (OWASP, CSV injection). Numbers and dates are
     * not text and stay as they are; the workbook writes text as text, so it needs no such care.
     */
    static Object inert(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    private static byte[] xlsx(String name, List<String> header, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Rejoin", "1.0");
            // A sheet's name is at most 31 characters and may not hold some punctuation (Office Open XML).
            Worksheet sheet = workbook.newWorksheet(name.replaceAll("[\\\\/?*\\[\\]:]", " ")
                    .substring(0, Math.min(31, name.length())));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number n) {
                        sheet.value(r + 1, c, n);
                    }
                    else if (value instanceof LocalDate d) {
                        sheet.value(r + 1, c, d);
                        sheet.style(r + 1, c).format("d mmm yyyy").set();
                    }
                    else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
