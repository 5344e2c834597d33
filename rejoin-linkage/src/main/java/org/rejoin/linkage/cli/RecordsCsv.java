package org.rejoin.linkage.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.linkage.PersonRecord;

/**
 * The command line's record files: header {@code id,forename,middle_names,surname,dob,sex,upn,postcode},
 * any column but id may be empty, dob as yyyy-MM-dd. A malformed row is reported with its line
 * number and skipped.
 */
final class RecordsCsv {

    static final String[] HEADER = {"id", "forename", "middle_names", "surname", "dob", "sex", "upn", "postcode"};

    private RecordsCsv() {
    }

    record Read(List<PersonRecord> records, List<String> problems) {
    }

    static Read read(Path path) throws IOException {
        var records = new ArrayList<PersonRecord>();
        var problems = new ArrayList<String>();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                problems.add(path + ": line 1: the header has no id column (expected " + String.join(",", HEADER) + ")");
                return new Read(records, problems);
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    records.add(parse(row));
                }
                catch (IllegalArgumentException e) {
                    problems.add(path + ": line " + line + ": " + e.getMessage() + "; row skipped");
                }
            }
        }
        catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(path + ": not a readable CSV: " + e.getMessage());
        }
        return new Read(records, problems);
    }

    private static PersonRecord parse(CSVRecord row) {
        String id = get(row, "id");
        if (id == null) {
            throw new IllegalArgumentException("id is empty");
        }
        LocalDate dob = null;
        String dobText = get(row, "dob");
        if (dobText != null) {
            try {
                dob = LocalDate.parse(dobText);
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException("dob '" + dobText + "' is not a date as yyyy-MM-dd");
            }
        }
        String sexText = get(row, "sex");
        Character sex = null;
        if (sexText != null) {
            String s = sexText.toUpperCase(Locale.ROOT);
            if (!s.equals("F") && !s.equals("M")) {
                throw new IllegalArgumentException("sex '" + sexText + "' is not F or M");
            }
            sex = s.charAt(0);
        }
        return new PersonRecord(id, get(row, "forename"), get(row, "middle_names"), get(row, "surname"), dob, sex,
                get(row, "upn"), get(row, "postcode"));
    }

    private static String get(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    static void write(Path path, List<PersonRecord> records) throws IOException {
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
             var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (var r : records) {
                csv.printRecord(r.id(), r.forename(), r.middleNames(), r.surname(), r.dateOfBirth(), r.sex(), r.upn(),
                        r.postcode());
            }
        }
    }
}
