package org.rejoin.rolls;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.rejoin.children.Sex;

/**
 * A Common Transfer File as Rejoin reads and writes it (DfE CTF specification, versions 24 and 25;
 * docs/rules/rolls.md): the header with its source and destination, and each pupil's identity, names,
 * address, contacts, SEN, in-care flag, attendance year data and school history.
 */
public final class Ctf {

    /** The version Rejoin writes; it reads this one and the one before. */
    /** CTF specification: a lost pupil's file goes to LA {@code XXX}, establishment {@code XXXX}. */
    public static final School LOST_PUPIL = new School("XXX", "XXXX", null, null);
    /** CTF specification: moved abroad or out of the English and Welsh system, {@code MMM}/{@code MMMM}. */
    public static final School ABROAD = new School("MMM", "MMMM", null, null);

    private Ctf() {
    }

    /**
     * A file: its header and pupils.
     *
     * @param passedOver elements the file had that the specification Rejoin reads does not: each named by its path,
     *     passed over with a warning rather than refusing the file (a later version's, or a supplier's own)
     */
    public record File(Header header, List<Pupil> pupils, List<String> passedOver) {

        public File {
            pupils = List.copyOf(pupils);
            passedOver = List.copyOf(passedOver);
        }

        public File(Header header, List<Pupil> pupils) {
            this(header, pupils, List.of());
        }
    }

    /**
     * @param version {@code CTFversion}, e.g. {@code 25.0}
     * @param academicYear the source's academic year (its first calendar year), or null
     */
    public record Header(String version, LocalDateTime createdAt, School source, Integer academicYear,
            School destination) {
    }

    /** An establishment as a CTF names it: LA code and establishment number (or XXX/XXXX, MMM/MMMM). */
    public record School(String la, String estab, Integer urn, String name) {

        public String laestab() {
            return la + estab;
        }

        public boolean isLostPupil() {
            return "XXX".equals(la);
        }

        public boolean isAbroad() {
            return "MMM".equals(la);
        }
    }

    /**
     * One pupil. Lists are never null.
     *
     * @param sex null when the file gives neither {@code Sex} nor {@code Gender}
     * @param inCare the {@code InCare/Current} flag; null when the file does not say
     */
    public record Pupil(String upn, String formerUpn, String uln, String forename, String middleNames,
            String surname, String preferredForename, String preferredSurname, String formerSurname,
            LocalDate dateOfBirth, Sex sex, String ncYear, Boolean inCare, String careAuthority,
            List<Sen> sen, Address address, List<Contact> contacts, List<AttendanceYear> attendance,
            List<SchoolSpell> history) {

        public Pupil {
            sen = sen == null ? List.of() : List.copyOf(sen);
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            attendance = attendance == null ? List.of() : List.copyOf(attendance);
            history = history == null ? List.of() : List.copyOf(history);
        }

        public String name() {
            return forename + " " + surname;
        }
    }

    /**
     * An entry of the SEN history.
     *
     * @param provision N no SEN, K SEN support, E education, health and care plan
     * @param needs the SEN types, primary first
     */
    public record Sen(LocalDate startsOn, String provision, List<String> needs) {

        public Sen {
            needs = needs == null ? List.of() : List.copyOf(needs);
        }
    }

    /** A postal address: the first line, the lines between, the town (the last line), the postcode. */
    public record Address(String line1, String line2, String town, String postcode) {
    }

    /**
     * A contact for the pupil.
     *
     * @param address on one line; null when it is the pupil's own
     */
    public record Contact(String title, String forename, String surname, String relationship,
            boolean parentalResponsibility, String telephone, String email, String address) {
    }

    /**
     * A year of attendance at one school.
     *
     * @param year the academic year's first calendar year
     * @param marks two characters a calendar day (morning, afternoon) from {@code marksFrom}, {@code -} for no mark, as
     *        the school's register holds them
     */
    public record AttendanceYear(int year, String la, String estab, String schoolName, Integer possible,
            Integer authorised, Integer attended, Integer unauthorised, String marks, LocalDate marksFrom) {

        /** Sessions attended as a share of sessions possible, to one decimal place; null when either is not given. */
        public Double attendancePercent() {
            return possible == null || attended == null || possible == 0 ? null
                    : Math.round(attended * 1000.0 / possible) / 10.0;
        }
    }

    /** What files said about a child that the register has no place for: schools before Rejoin, attendance by year. */
    public record Kept(List<SchoolSpell> history, List<AttendanceYear> attendance) {

        public boolean isEmpty() {
            return history.isEmpty() && attendance.isEmpty();
        }
    }

    /** A school the pupil was registered at. */
    public record SchoolSpell(String la, String estab, String schoolName, LocalDate entryDate, LocalDate leavingDate,
            String leavingReason) {
    }
}
