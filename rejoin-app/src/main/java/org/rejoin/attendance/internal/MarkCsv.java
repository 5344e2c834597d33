package org.rejoin.attendance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.platform.FileDates;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * Marks in a CSV file ({@code upn_or_child_id,establishment_urn,date,session,code}): each row read
 * as a mark, or null with its problems named, so that the load shows every problem at once.
 */
final class MarkCsv {

    private static final List<String> HEADER = List.of("upn_or_child_id", "establishment_urn", "date", "session", "code");

    /** The rows as marks (null where a row could not be read) and the problems of those that could not. */
    record Rows(List<NewMark> marks, List<FieldError> problems) {
    }

    private MarkCsv() {
    }

    /** @throws InvalidInputException when the file is not a CSV, or its header lacks a column */
    static Rows read(InputStream csv) {
        var marks = new ArrayList<NewMark>();
        var problems = new ArrayList<FieldError>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing)
                        + ": it is " + String.join(",", HEADER));
            }
            for (var record : parser) {
                marks.add(mark(record, problems));
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "The file is not a CSV Rejoin can read: " + e.getMessage());
        }
        return new Rows(marks, problems);
    }

    private static NewMark mark(CSVRecord record, List<FieldError> problems) {
        String row = "row " + (record.getRecordNumber() + 1);
        Integer urn = null;
        try {
            urn = Integer.valueOf(record.get("establishment_urn"));
        }
        catch (NumberFormatException e) {
            problems.add(new FieldError(row, "establishment URN '" + record.get("establishment_urn") + "' is not a number"));
        }
        LocalDate date = date(record.get("date"));
        if (date == null) {
            problems.add(new FieldError(row, "date '" + record.get("date") + "' is not a date: write it as yyyy-mm-dd or dd/mm/yyyy"));
        }
        Session session = switch (record.get("session").toUpperCase(Locale.ROOT)) {
            case "AM" -> Session.AM;
            case "PM" -> Session.PM;
            default -> null;
        };
        if (session == null) {
            problems.add(new FieldError(row, "session '" + record.get("session") + "' is not AM or PM"));
        }
        boolean readable = urn != null && date != null && session != null;
        if (!readable && AttendanceCode.ofMark(record.get("code")) == null) {
            // A row that cannot be read is not checked as a mark: its code is checked here, so every problem shows.
            problems.add(new FieldError(row, MarkLoadCheck.codeProblem(record.get("code"))));
        }
        return readable ? new NewMark(record.get("upn_or_child_id"), urn, date, session, record.get("code")) : null;
    }

    private static LocalDate date(String text) {
        try {
            return FileDates.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}
