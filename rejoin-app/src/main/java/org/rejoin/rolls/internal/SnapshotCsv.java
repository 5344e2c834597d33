package org.rejoin.rolls.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.platform.InvalidInputException;

/**
 * A roll snapshot as CSV, with the new-pupil columns (at least forename, surname and date of
 * birth); an LA-wide file names each row's establishment in {@code establishment_urn}. A row that
 * cannot be read is rejected with its line and reason; the others are read.
 */
final class SnapshotCsv {

    /** The rows read and the rows rejected. */
    record Read(List<RollComparison.Row> rows, List<RowReject> rejects) {
    }

    private SnapshotCsv() {
    }

    /** One establishment's roll: every row is on {@code establishmentId}'s roll. */
    static Read of(byte[] content, UUID establishmentId) {
        return read(content, false, urn -> Optional.of(establishmentId));
    }

    /** Every roll in the LA: each row on the roll of the establishment its URN names, each URN looked up once. */
    static Read byUrn(byte[] content, IntFunction<Optional<UUID>> establishmentByUrn) {
        var establishments = new HashMap<String, Optional<UUID>>();
        return read(content, true, urn -> establishments.computeIfAbsent(urn, u -> u != null && u.matches("[0-9]{6}")
                ? establishmentByUrn.apply(Integer.parseInt(u)) : Optional.empty()));
    }

    private static Read read(byte[] content, boolean byUrn, Function<String, Optional<UUID>> establishmentOf) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        var rows = new ArrayList<RollComparison.Row>();
        var rejects = new ArrayList<RowReject>();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            checkHeader(parser, byUrn);
            for (var row : parser) {
                try {
                    rows.add(row(row, byUrn, establishmentOf));
                }
                catch (InvalidInputException e) {
                    rejects.add(new RowReject(row.getRecordNumber() + 1, e.getMessage()));
                }
            }
        }
        catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException("file", "The file is not a CSV Rejoin can read: " + e.getMessage());
        }
        return new Read(rows, rejects);
    }

    private static void checkHeader(CSVParser parser, boolean byUrn) {
        var needed = new ArrayList<>(List.of("forename", "surname", "date_of_birth"));
        if (byUrn) {
            needed.add("establishment_urn");
        }
        var missing = needed.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing));
        }
    }

    private static RollComparison.Row row(CSVRecord row, boolean byUrn,
            Function<String, Optional<UUID>> establishment) {
        var child = CsvReturns.child(row);
        if (child.legalForename() == null || child.legalSurname() == null || child.dateOfBirth() == null) {
            throw new InvalidInputException("row", "each pupil needs a forename, surname and date of birth");
        }
        String urn = byUrn ? row.get("establishment_urn") : null;
        var id = establishment.apply(urn).orElseThrow(() -> new InvalidInputException("establishment_urn",
                "no establishment has URN " + urn));
        return new RollComparison.Row(child, id);
    }
}
