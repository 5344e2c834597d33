package org.rejoin.rolls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.organisations.ImportReport;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.FileDates;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.web.Choices;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollReturnFiles;
import org.rejoin.rolls.RollReturns;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Returns uploaded as CSV, as a school's MIS exports them. Each row is one return, sent through
 * {@link RollReturns} in its own transaction: a good row is recorded, a bad row is reported with
 * its line and reason and writes nothing.
 */
@Service
@LaOrEstablishmentStaff
class CsvReturns implements RollReturnFiles {

    static final List<String> JOINER_HEADER = List.of("forename", "middle_names", "surname", "date_of_birth", "sex", "upn",
            "address", "town", "postcode", "enrolment_status", "starts_on");
    /**
     * The columns a deletions file must have. Those only some grounds need may be left out: school_enquiries
     * and school_enquiries_on (grounds h and i; joint_enquiries and joint_enquiries_on, their names before,
     * are read as them), absent_from (i), leave_from and leave_to (h).
     */
    static final List<String> DELETION_HEADER = List.of("upn", "forename", "surname", "date_of_birth", "left_on", "ground",
            "destination", "destination_urn", "destination_detail", "parent_notice_on", "exclusion_review");

    private final RollReturns returns;
    private final Registrations registrations;
    private final Organisations organisations;

    CsvReturns(RollReturns returns, Registrations registrations, Organisations organisations) {
        this.returns = returns;
        this.registrations = registrations;
        this.organisations = organisations;
    }

    @Override
    public ImportReport joiners(InputStream csv, UUID establishmentId, RejoinUser user) {
        return each(csv, JOINER_HEADER, establishmentId, user, row -> returns.joiner(new NewJoiner(establishmentId,
                child(row), enrolment(row), date(row, "starts_on")), user));
    }

    @Override
    public ImportReport deletions(InputStream csv, UUID establishmentId, RejoinUser user) {
        var roll = registrations.roll(establishmentId, user);
        return each(csv, DELETION_HEADER, establishmentId, user, row -> {
            String upn = text(row, "upn");
            String forename = text(row, "forename");
            String surname = text(row, "surname");
            LocalDate dob = date(row, "date_of_birth");
            var pupil = roll.stream().filter(p -> upn != null ? upn.equalsIgnoreCase(p.upn())
                    : p.name().equalsIgnoreCase(forename + " " + surname) && p.dateOfBirth().equals(dob)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("upn", "No pupil on the roll with " + (upn != null
                            ? "UPN " + upn : "that name and date of birth")));
            UUID destinationSchool = null;
            String urn = text(row, "destination_urn");
            if (urn != null) {
                try {
                    destinationSchool = organisations.establishmentByUrn(Integer.parseInt(urn)).orElseThrow(
                            () -> new InvalidInputException("destination_urn", "No establishment with URN " + urn)).id();
                }
                catch (NumberFormatException e) {
                    throw new InvalidInputException("destination_urn", "URN must be 6 digits, not " + urn);
                }
            }
            return returns.deletion(new NewDeletion(establishmentId, pupil.childId(), date(row, "left_on"), ground(row),
                    named(Destination.class, row, "destination"), destinationSchool, text(row, "destination_detail"),
                    either(text(row, "school_enquiries"), text(row, "joint_enquiries")),
                    either(date(row, "school_enquiries_on"), date(row, "joint_enquiries_on")), null, date(row, "absent_from"),
                    date(row, "leave_from"), date(row, "leave_to"), date(row, "parent_notice_on"),
                    named(ExclusionReview.class, row, "exclusion_review")), user);
        });
    }

    /** A roll row's child, as the register records one. */
    static ChildDetails child(CSVRecord row) {
        return ChildDetails.reported(text(row, "forename"), text(row, "middle_names"), text(row, "surname"),
                date(row, "date_of_birth"), false, sex(row), text(row, "upn"),
                text(row, "address") == null && text(row, "postcode") == null ? List.of()
                        : List.of(new ChildDetails.Address(text(row, "address") == null ? "Not given" : text(row, "address"),
                                null, text(row, "town"), text(row, "postcode"), null, null)));
    }

    private interface Row {
        Object send(CSVRecord row);
    }

    private ImportReport each(InputStream csv, List<String> header, UUID establishmentId, RejoinUser user, Row send) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("Returns for another establishment are made by that establishment");
        }
        int added = 0;
        var rejects = new ArrayList<RowReject>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var missing = header.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                return new ImportReport(0, 0, 0, List.of(new RowReject(1, "The header row lacks " + String.join(", ", missing)
                        + "; it must be " + String.join(",", header))));
            }
            for (var row : parser) {
                long line = row.getRecordNumber() + 1;
                try {
                    send.send(row);
                    added++;
                }
                catch (InvalidInputException e) {
                    rejects.add(new RowReject(line, e.errors().stream().map(x -> x.field() + ": " + x.message())
                            .reduce((a, b) -> a + "; " + b).orElse("")));
                }
                catch (AccessDeniedException e) {
                    rejects.add(new RowReject(line, e.getMessage()));
                }
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new ImportReport(added, 0, 0, List.of(new RowReject(1, "The file is not a CSV Rejoin can read: "
                    + e.getMessage())));
        }
        return new ImportReport(added, 0, 0, rejects);
    }

    static String text(CSVRecord row, String column) {
        String value = row.isMapped(column) ? row.get(column) : null;
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <T> T either(T value, T formerName) {
        return value != null ? value : formerName;
    }

    /** A date as yyyy-MM-dd or dd/MM/yyyy. */
    static LocalDate date(CSVRecord row, String column) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        try {
            return FileDates.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException(column, "'" + value + "' is not a date: write it as yyyy-mm-dd or dd/mm/yyyy");
        }
    }

    static Sex sex(CSVRecord row) {
        String value = text(row, "sex");
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "F", "FEMALE" -> Sex.FEMALE;
            case "M", "MALE" -> Sex.MALE;
            case "U", "NOT_KNOWN", "NOT KNOWN" -> Sex.NOT_KNOWN;
            default -> throw new InvalidInputException("sex", "Sex must be F, M or U, not '" + value + "'");
        };
    }

    private static EnrolmentStatus enrolment(CSVRecord row) {
        String value = text(row, "enrolment_status");
        if (value == null || value.length() != 1) {
            throw new InvalidInputException("enrolment_status", "Enrolment status must be C, M or S");
        }
        try {
            return EnrolmentStatus.ofCode(value.toUpperCase(Locale.ROOT).charAt(0));
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException("enrolment_status", "Enrolment status must be C, M or S, not '" + value + "'");
        }
    }

    private static DeletionGround ground(CSVRecord row) {
        String value = text(row, "ground");
        for (var ground : DeletionGround.values()) {
            if (value != null && (String.valueOf(ground.paragraph()).equalsIgnoreCase(value) || ground.name().equals(value))) {
                return ground;
            }
        }
        throw new InvalidInputException("ground", "Ground must be a reg 9(1) letter from a to o, not '" + value + "'");
    }

    private static <E extends Enum<E>> E named(Class<E> type, CSVRecord row, String column) {
        String value = text(row, column);
        E parsed = value == null ? null : Choices.parse(type, value.toUpperCase(Locale.ROOT));
        if (value != null && parsed == null) {
            throw new InvalidInputException(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
        return parsed;
    }
}
