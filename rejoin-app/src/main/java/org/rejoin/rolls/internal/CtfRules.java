package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.children.ChildDetails;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;

/**
 * The rules of Common Transfer Files as pure functions (the DfE Common Transfer File
 * specification; The Education (Pupil Information) (England) Regulations 2005; docs/rules/rolls.md).
 */
final class CtfRules {

    /** The file goes to the new school within this many school days of the pupil leaving. */
    static final int CTF_DAYS = 15;

    private static final Pattern CARER = Pattern.compile("carers\\[(\\d+)].*");

    private CtfRules() {
    }

    /** When a leaver's file is due: {@link #CTF_DAYS} of the school's school days after leaving; null without term dates. */
    static LocalDate dueBy(SchoolDays schoolDays, LocalDate leftOn) {
        try {
            return schoolDays.add(leftOn, CTF_DAYS);
        }
        catch (CalendarNotDefinedException e) {
            return null;
        }
    }

    /**
     * Whether the file went more than {@link #CTF_DAYS} of the school's school days after the pupil left;
     * null when the term dates to tell are missing: unknown, never guessed as on time.
     */
    static Boolean lateness(SchoolDays schoolDays, LocalDate leftOn, LocalDate sentOn) {
        var due = dueBy(schoolDays, leftOn);
        return due == null ? null : sentOn.isAfter(due);
    }

    /** {@code LLLEEEE_CTF_LLLEEEE_nnn.XML}: the source, then the destination, then the source's file number. */
    static String fileName(String sourceLaestab, Ctf.School destination, int sequence) {
        return String.format(Locale.ROOT, "%s_CTF_%s_%03d.XML", sourceLaestab, destination.laestab(), sequence);
    }

    /** The sequence number of a school's next file, after {@code sent} files: 1 to 999, then round again. */
    static int nextSequence(int sent) {
        return sent % 999 + 1;
    }

    /**
     * Where a file goes: a school's LA code and establishment number; {@code XXX}/{@code XXXX} for a
     * pupil whose destination is not known (the Lost Pupils Database); {@code MMM}/{@code MMMM} for a
     * move abroad or out of the English and Welsh system.
     */
    static Ctf.School destination(String la, String estab, List<FieldError> errors) {
        String l = la == null ? "" : la.trim().toUpperCase(Locale.ROOT);
        String e = estab == null ? "" : estab.trim().toUpperCase(Locale.ROOT);
        boolean school = l.matches("[0-9]{3}") && e.matches("[0-9]{4}");
        if (!school && !(l.equals("XXX") && e.equals("XXXX")) && !(l.equals("MMM") && e.equals("MMMM"))) {
            errors.add(new FieldError("destination", "Give the receiving school's LA code (3 digits) and establishment"
                    + " number (4 digits); XXX and XXXX for a pupil whose destination is not known; MMM and MMMM for a"
                    + " move abroad or out of the English and Welsh system"));
        }
        return new Ctf.School(l, e, null, null);
    }

    /**
     * A file for the Lost Pupils Database, or for a move abroad, that reaches the LA leaves its
     * pupils unaccounted for: the LA must find where they are.
     */
    static boolean leavesPupilsUnaccountedFor(Ctf.School destination) {
        return destination.isLostPupil() || destination.isAbroad();
    }

    /** A lost pupil's file, and a move abroad, hold one pupil each. */
    static boolean onePupilPerFile(Ctf.School destination) {
        return destination.isLostPupil() || destination.isAbroad();
    }

    /** The oldest CTF version whose structure Rejoin reads (CTF 24 brought Sex for Gender); it reads every later one. */
    static final int OLDEST_READABLE_VERSION = 24;

    /**
     * The CTF version of an academic year: the DfE publishes one a year, CTF 25 for 2025/26 and CTF 26
     * for 2026/27 (Common Transfer File specification). Rejoin writes the current one.
     */
    static String versionFor(AcademicYear year) {
        return Math.max(OLDEST_READABLE_VERSION + 1, year.startYear() - 2000) + ".0";
    }

    /**
     * Whether Rejoin reads a file of this version: the current and the previous year's, as every MIS
     * does, and any later one, minor or major, whose structure it can read (the schema check says so);
     * none older than {@link #OLDEST_READABLE_VERSION}.
     */
    static boolean readable(String version) {
        try {
            return Integer.parseInt(version.replaceFirst("\\..*", "")) >= OLDEST_READABLE_VERSION;
        }
        catch (NumberFormatException e) {
            return false;
        }
    }

    /** A file's source: a school, or the DfE's Get Information about Pupils service (XXX/XXXX), which is not one. */
    static String describeSource(Ctf.School school) {
        return school.isLostPupil() ? "the DfE's Get Information about Pupils service (XXX/XXXX)" : describe(school);
    }

    /** A destination: a school, or the Lost Pupils Database, or abroad, in words. */
    static String describe(Ctf.School school) {
        return school.isLostPupil() ? "the Lost Pupils Database (XXX/XXXX)"
                : school.isAbroad() ? "abroad (MMM/MMMM)"
                : (school.name() == null ? "" : school.name() + " ") + school.la() + "/" + school.estab();
    }

    /** Where the {@code i}th of {@code n} pupils sits in a file, to name a problem by. */
    static String pupilPath(int i, int n) {
        return "/CTfile/CTFpupilData/Pupil" + (n > 1 ? "[" + (i + 1) + "]" : "");
    }

    /** A rule of the register, named by the element of the file it comes from. */
    static FieldError onFile(String pupil, ChildDetails d, FieldError e) {
        String field = e.field();
        var carer = CARER.matcher(field);
        if (carer.matches()) {
            return new FieldError(pupil + "/Contacts", "Contact " + d.carers().get(Integer.parseInt(carer.group(1))).name()
                    + ": " + e.message());
        }
        String element = field.startsWith("addresses") ? "/Address" : field.startsWith("formerUpns") ? "/BasicDetails/FormerUPN"
                : field.startsWith("formerNames") ? "/BasicDetails/FormerSurname" : switch (field) {
                    case "upn" -> "/UPN";
                    case "uln" -> "/UniqueLearnerNumber";
                    case "legalForename" -> "/Forename";
                    case "legalSurname" -> "/Surname";
                    case "middleNames" -> "/BasicDetails/MiddleNames";
                    case "preferredForename" -> "/BasicDetails/PreferredForename";
                    case "preferredSurname" -> "/BasicDetails/PreferredSurname";
                    case "dateOfBirth" -> "/DOB";
                    default -> "";
                };
        return new FieldError(pupil + element, e.message());
    }

    /** The file's destination for a leaver, from where the deletion return said they went; nulls when it names none. */
    static String[] destinationOf(String destination, String schoolLa, String schoolEstab) {
        return switch (destination) {
            case "UNKNOWN" -> new String[] {"XXX", "XXXX"};
            case "ABROAD" -> new String[] {"MMM", "MMMM"};
            case "SCHOOL_IN_LA" -> new String[] {schoolLa, schoolEstab};
            default -> new String[] {null, null};
        };
    }
}
