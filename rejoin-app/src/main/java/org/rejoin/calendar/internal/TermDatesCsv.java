package org.rejoin.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.FileDates;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

/**
 * Establishments' own term dates from a CSV ({@code urn,academic_year,half_term,starts_on,ends_on}),
 * read whole: each row names its establishment by URN, the year as 2026 or 2026/27, the half term as
 * AUTUMN_1 or "Autumn 1", dates as 2026-09-03 or 03/09/2026. Plain Java.
 */
final class TermDatesCsv {

    static final List<String> HEADER = List.of("urn", "academic_year", "half_term", "starts_on", "ends_on");

    /** One establishment's year, as the file gives it. */
    record Year(UUID establishmentId, int urn, AcademicYear year, List<TermPeriod> periods, int firstRow) {
    }

    private TermDatesCsv() {
    }

    /**
     * @param establishmentByUrn the establishment with a URN, if Rejoin holds it
     * @throws InvalidInputException naming every row at fault, as {@code file}
     */
    static List<Year> read(InputStream csv, IntFunction<Optional<UUID>> establishmentByUrn) {
        var errors = new ArrayList<FieldError>();
        var years = new LinkedHashMap<String, Year>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var missing = HEADER.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing)
                        + "; it must be " + String.join(",", HEADER));
            }
            for (var row : parser) {
                read(row, establishmentByUrn, years, errors);
            }
        }
        catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "The file could not be read as CSV: " + e.getMessage());
        }
        if (years.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("file", "The file has no rows of term dates"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return List.copyOf(years.values());
    }

    private static void read(CSVRecord row, IntFunction<Optional<UUID>> establishmentByUrn, Map<String, Year> years,
            List<FieldError> errors) {
        long line = row.getRecordNumber() + 1;
        if (!row.isConsistent()) {
            errors.add(new FieldError("file", "Row " + line + ": has " + row.size() + " columns; the header has "
                    + HEADER.size()));
            return;
        }
        var problems = new ArrayList<String>();
        Integer urn = null;
        UUID establishment = null;
        try {
            urn = Integer.parseInt(row.get("urn"));
            establishment = establishmentByUrn.apply(urn).orElse(null);
            if (establishment == null) {
                problems.add("no establishment with URN " + urn);
            }
        }
        catch (NumberFormatException e) {
            problems.add("urn '" + row.get("urn") + "' is not a number");
        }
        AcademicYear year = year(row.get("academic_year"), problems);
        HalfTerm half = halfTerm(row.get("half_term"), problems);
        LocalDate from = date(row.get("starts_on"), "starts_on", problems);
        LocalDate to = date(row.get("ends_on"), "ends_on", problems);
        if (!problems.isEmpty()) {
            errors.add(new FieldError("file", "Row " + line + ": " + String.join("; ", problems)));
            return;
        }
        final UUID id = establishment;
        final int u = urn;
        years.computeIfAbsent(id + " " + year.startYear(), k -> new Year(id, u, year, new ArrayList<>(), (int) line))
                .periods().add(new TermPeriod(half, from, to));
    }

    private static AcademicYear year(String text, List<String> problems) {
        try {
            return new AcademicYear(Integer.parseInt(text.contains("/") ? text.substring(0, text.indexOf('/')) : text));
        }
        catch (RuntimeException e) {
            problems.add("academic_year '" + text + "' is not a year such as 2026 or 2026/27");
            return null;
        }
    }

    private static HalfTerm halfTerm(String text, List<String> problems) {
        try {
            return HalfTerm.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        }
        catch (IllegalArgumentException e) {
            problems.add("half_term '" + text + "' is not one of AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1, SUMMER_2");
            return null;
        }
    }

    private static LocalDate date(String text, String column, List<String> problems) {
        try {
            return FileDates.parse(text);
        }
        catch (DateTimeParseException e) {
            problems.add(column + " '" + text + "' is not a date");
            return null;
        }
    }
}
