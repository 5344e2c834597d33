package org.rejoin.platform.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to open in a spreadsheet, as a CSV download: UTF-8 with a byte-order mark, so that
 * Excel reads accented names rightly, headed with words. Files for other systems (the matching
 * engine's labelled pairs) are written as those systems read them instead.
 */
public final class CsvDownload {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvDownload() {
    }

    /** The rows under their header, as an attachment named {@code fileName}. */
    public static ResponseEntity<byte[]> of(String fileName, List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (var row : rows) {
                csv.printRecord(row);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
