package org.rejoin.organisations.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.ImportReport.RowReject;

/**
 * Reads and validates the rows of a GIAS "establishment fields" CSV (docs/rules/identifiers.md). Knows the
 * file's format and nothing of the database.
 */
final class GiasCsv {

    static final String URN = "URN";
    static final String LA_CODE = "LA (code)";
    static final String ESTABLISHMENT_NUMBER = "EstablishmentNumber";
    static final String NAME = "EstablishmentName";
    static final String TYPE_CODE = "TypeOfEstablishment (code)";
    static final String TYPE_NAME = "TypeOfEstablishment (name)";
    static final String STATUS_CODE = "EstablishmentStatus (code)";
    static final String STATUS_NAME = "EstablishmentStatus (name)";
    static final String PHASE_CODE = "PhaseOfEducation (code)";
    static final String PHASE_NAME = "PhaseOfEducation (name)";
    static final String LOW_AGE = "StatutoryLowAge";
    static final String HIGH_AGE = "StatutoryHighAge";
    static final String OPEN_DATE = "OpenDate";
    static final String CLOSE_DATE = "CloseDate";

    static final List<String> REQUIRED_COLUMNS =
            List.of(URN, LA_CODE, NAME, TYPE_CODE, TYPE_NAME, STATUS_CODE, STATUS_NAME);

    // GIAS publishes dates as dd-MM-yyyy (docs/rules/identifiers.md).
    private static final DateTimeFormatter GIAS_DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private GiasCsv() {
    }

    /** A valid row and where it was. */
    record Row(long row, Establishment establishment) {
    }

    /**
     * Parses the whole file, handing valid rows and rejects to the two consumers.
     *
     * @throws InvalidFileException when the file as a whole cannot be read
     */
    static void read(byte[] bytes, Consumer<Row> valid, Consumer<RowReject> rejected) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes)), format)) {
            var missing = REQUIRED_COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidFileException("The file has no " + String.join(", ", missing)
                        + " column: it is not a GIAS establishment fields CSV");
            }
            Map<Integer, Long> firstRowByUrn = new HashMap<>();
            long row = 1;
            for (CSVRecord record : parser) {
                row++;
                var errors = new ArrayList<String>();
                var establishment = parse(record, errors);
                if (establishment != null) {
                    Long first = firstRowByUrn.putIfAbsent(establishment.urn(), row);
                    if (first != null) {
                        errors.add("URN " + establishment.urn() + " appears again (first on row " + first + ")");
                    }
                }
                if (errors.isEmpty()) {
                    valid.accept(new Row(row, establishment));
                }
                else {
                    rejected.accept(new RowReject(row, String.join("; ", errors)));
                }
            }
        }
        catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidFileException("The file is not a readable CSV: " + e.getMessage());
        }
    }

    /** GIAS files are Windows-1252; a file saved again as UTF-8 is read as UTF-8. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Establishment parse(CSVRecord r, List<String> errors) {
        var fields = new Fields(r, errors);
        Integer urn = fields.number(URN, "\\d{6}", "is not a 6-digit number", true);
        String laCode = fields.text(LA_CODE, "\\d{3}", "is not a 3-digit LA code", true);
        String number = fields.text(ESTABLISHMENT_NUMBER, "\\d{4}", "is not a 4-digit establishment number", false);
        String name = fields.required(NAME);
        Integer typeCode = fields.number(TYPE_CODE, "\\d{1,3}", "is not a type of establishment code", true);
        String typeName = fields.required(TYPE_NAME);
        Integer statusCode = fields.number(STATUS_CODE, "[1-4]",
                "is not one of 1 (open), 2 (closed), 3 (open, proposed to close), 4 (proposed to open)", true);
        String statusName = fields.required(STATUS_NAME);
        Integer phaseCode = fields.number(PHASE_CODE, "\\d{1,2}", "is not a phase of education code", false);
        Integer low = fields.number(LOW_AGE, "\\d{1,2}", "is not an age in years", false);
        Integer high = fields.number(HIGH_AGE, "\\d{1,2}", "is not an age in years", false);
        LocalDate opened = fields.date(OPEN_DATE);
        LocalDate closed = fields.date(CLOSE_DATE);
        if (low != null && high != null && low > high) {
            errors.add(LOW_AGE + " '" + low + "' is more than " + HIGH_AGE + " '" + high + "'");
        }
        if (opened != null && closed != null && closed.isBefore(opened)) {
            errors.add(CLOSE_DATE + " '" + fields.raw(CLOSE_DATE) + "' is before " + OPEN_DATE + " '"
                    + fields.raw(OPEN_DATE) + "'");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Establishment(null, urn, laCode, number, name, typeCode, typeName, phaseCode,
                fields.optional(PHASE_NAME), statusCode, statusName, low, high, fields.optional("Street"),
                fields.optional("Locality"), fields.optional("Address3"), fields.optional("Town"),
                fields.optional("County (name)"), fields.optional("Postcode"), opened, closed);
    }

    /** Reads named fields of one record, adding a message for each bad value. */
    private record Fields(CSVRecord record, List<String> errors) {

        String raw(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                return "";
            }
            return record.get(column).trim();
        }

        String optional(String column) {
            String value = raw(column);
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                errors.add(column + " is empty");
            }
            return value;
        }

        String text(String column, String pattern, String problem, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value != null && !value.matches(pattern)) {
                errors.add(column + " '" + value + "' " + problem);
                return null;
            }
            return value;
        }

        Integer number(String column, String pattern, String problem, boolean required) {
            String value = text(column, pattern, problem, required);
            return value == null ? null : Integer.valueOf(value);
        }

        LocalDate date(String column) {
            String value = optional(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, GIAS_DATE);
            }
            catch (DateTimeParseException e) {
                errors.add(column + " '" + value + "' is not a date in the form dd-MM-yyyy");
                return null;
            }
        }
    }

    static final class InvalidFileException extends RuntimeException {

        InvalidFileException(String message) {
            super(message);
        }
    }
}
