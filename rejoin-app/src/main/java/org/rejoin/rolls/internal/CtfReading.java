package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.rejoin.children.Upn;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;
import org.rejoin.platform.Text;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Common Transfer File that passed the schema turned into records, with the rules the schema
 * cannot say (a UPN's check letter, a date of birth not in the future, Sex or Gender but not both),
 * each problem named by its element's path (docs/rules/rolls.md).
 */
record CtfReading(List<FieldError> problems, LocalDate today) {

    Ctf.File file(Element root) {
        var header = child(root, "Header");
        var version = text(header, "CTFversion");
        if (!CtfRules.readable(version)) {
            problem(child(header, "CTFversion"), "Rejoin reads CTF version " + CtfRules.OLDEST_READABLE_VERSION
                    + " and every later one; this file is version " + version);
        }
        var sourceElement = child(header, "SourceSchool");
        var source = school(sourceElement);
        // A school, or the DfE's Get Information about Pupils service, which writes XXX/XXXX as its source.
        boolean school = source.la().matches("[0-9]{3}") && source.estab().matches("[0-9]{4}");
        if (!school && !source.isLostPupil()) {
            problem(sourceElement, "The source must be a school's LA code and establishment number, or XXX/XXXX for"
                    + " the DfE's Get Information about Pupils service, not " + source.laestab());
        }
        String year = text(sourceElement, "AcademicYear");
        LocalDateTime created;
        try {
            created = LocalDateTime.parse(text(header, "DateTime"));
        }
        catch (DateTimeParseException e) {
            created = OffsetDateTime.parse(text(header, "DateTime")).toLocalDateTime();
        }
        var ctfHeader = new Ctf.Header(version, created, source, year == null ? null : Integer.valueOf(year),
                school(child(header, "DestSchool")));
        var pupils = new ArrayList<Ctf.Pupil>();
        var data = child(root, "CTFpupilData");
        for (Element p : children(data, "Pupil")) {
            pupils.add(pupil(p));
        }
        return new Ctf.File(ctfHeader, pupils);
    }

    private Ctf.Pupil pupil(Element p) {
        String upn = upn(child(p, "UPN"));
        var basic = child(p, "BasicDetails");
        String formerUpn = upn(child(basic, "FormerUPN"));
        if (child(p, "Sex") != null && child(p, "Gender") != null) {
            problem(child(p, "Gender"), "A pupil has Sex (CTF 24 and later) or Gender (older files), not both");
        }
        String sex = text(p, child(p, "Sex") != null ? "Sex" : "Gender");
        LocalDate dob = date(p, "DOB");
        if (dob != null && dob.isAfter(today)) {
            problem(child(p, "DOB"), "The date of birth " + dob + " is in the future");
        }
        var inCare = child(basic, "InCare");
        return new Ctf.Pupil(upn, formerUpn, text(p, "UniqueLearnerNumber"), text(p, "Forename"),
                text(basic, "MiddleNames"), text(p, "Surname"), text(basic, "PreferredForename"),
                text(basic, "PreferredSurname"), text(basic, "FormerSurname"), dob,
                sex == null ? null : CtfCodes.sex(sex), text(basic, "NCyearActual"),
                inCare == null ? null : Boolean.valueOf(text(inCare, "Current")), text(inCare, "CareAuthority"),
                sen(child(p, "SENhistory")), address(child(p, "Address")), contacts(child(p, "Contacts")),
                attendance(child(p, "Attendance")), history(child(p, "SchoolHistory")));
    }

    private String upn(Element e) {
        if (e == null) {
            return null;
        }
        String upn = e.getTextContent().trim();
        String problem = Upn.problem(upn);
        if (problem != null) {
            problem(e, problem);
        }
        return upn;
    }

    private List<Ctf.Sen> sen(Element history) {
        var entries = new ArrayList<Ctf.Sen>();
        for (Element s : children(history, "SEN")) {
            var needs = children(child(s, "SENneeds"), "SENneed").stream()
                    .sorted(Comparator.comparing(n -> text(n, "SENrank") == null ? Integer.MAX_VALUE
                            : Integer.parseInt(text(n, "SENrank"))))
                    .map(n -> text(n, "SENtype")).toList();
            entries.add(new Ctf.Sen(date(s, "StartDate"), text(s, "SENprovision"), needs));
        }
        return entries;
    }

    /** An address: BS7666 parts, or up to five lines of which the last (of two or more) is the town. */
    private Ctf.Address address(Element a) {
        if (a == null) {
            return null;
        }
        var bs = child(a, "BS7666Address");
        var lines = child(a, "AddressLines");
        if (bs != null && lines != null) {
            problem(a, "An address is given as BS7666Address or as AddressLines, not both");
            return null;
        }
        String postcode = text(a, "PostCode");
        if (bs != null) {
            String line1 = join(" ", text(bs, "SAON"), text(bs, "PAON"), text(bs, "Street"));
            String town = text(bs, "Town") != null ? text(bs, "Town") : text(bs, "PostTown");
            if (line1 == null) {
                problem(bs, "The address needs a building (PAON or SAON) or a street");
                return null;
            }
            return new Ctf.Address(line1, text(bs, "Locality"), town, postcode);
        }
        if (lines == null) {
            problem(a, "The address needs its BS7666Address or its AddressLines");
            return null;
        }
        var given = Stream.of("AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "AddressLine5")
                .map(n -> text(lines, n)).filter(s -> s != null).toList();
        if (given.isEmpty()) {
            problem(lines, "The address has no lines");
            return null;
        }
        if (given.size() == 1) {
            return new Ctf.Address(given.get(0), null, null, postcode);
        }
        String between = join(", ", given.subList(1, given.size() - 1).toArray(String[]::new));
        return new Ctf.Address(given.get(0), between, given.get(given.size() - 1), postcode);
    }

    private List<Ctf.Contact> contacts(Element contacts) {
        var list = new ArrayList<Element>(children(contacts, "Contact"));
        list.sort(Comparator.comparing(c -> text(c, "Order") == null ? Integer.MAX_VALUE
                : Integer.parseInt(text(c, "Order"))));
        var result = new ArrayList<Ctf.Contact>();
        for (Element c : list) {
            var phone = children(child(c, "Phones"), "Phone").stream().map(ph -> text(ph, "PhoneNo")).findFirst()
                    .orElse(null);
            // On one line, as the register keeps a contact's address; none when it is the pupil's own.
            var a = child(c, "Address");
            var full = a == null || "true".equals(text(c, "AddressAsPupil")) ? null : address(a);
            String address = full == null ? null : Stream.of(full.line1(), full.line2(), full.town(), full.postcode())
                    .filter(s -> s != null).collect(java.util.stream.Collectors.joining(", "));
            result.add(new Ctf.Contact(text(c, "Title"), text(c, "Forename"), text(c, "Surname"),
                    CtfCodes.relationship(text(c, "Relationship")), "true".equals(text(c, "Responsibility")),
                    phone, text(c, "Email"), address));
        }
        return result;
    }

    private List<Ctf.AttendanceYear> attendance(Element attendance) {
        var years = new ArrayList<Ctf.AttendanceYear>();
        for (Element y : children(attendance, "YearData")) {
            var possible = number(y, "SessionsPossible");
            var attended = number(y, "SessionsAttended");
            if (possible != null && attended != null && attended > possible) {
                problem(child(y, "SessionsAttended"), "Sessions attended (" + attended
                        + ") cannot be more than sessions possible (" + possible + ")");
            }
            years.add(new Ctf.AttendanceYear(Integer.parseInt(text(y, "Year")), text(y, "LEA"), text(y, "Estab"),
                    text(y, "SchoolName"), possible, number(y, "SessionsAuthorised"), attended,
                    number(y, "SessionsUnauthorised"), text(y, "AttendanceMarks"), date(y, "AttendanceStartDate")));
        }
        return years;
    }

    private List<Ctf.SchoolSpell> history(Element history) {
        var spells = new ArrayList<Ctf.SchoolSpell>();
        for (Element s : children(history, "School")) {
            LocalDate entry = date(s, "EntryDate");
            LocalDate leaving = date(s, "LeavingDate");
            if (leaving != null && leaving.isBefore(entry)) {
                problem(child(s, "LeavingDate"), "The leaving date " + Text.date(leaving) + " is before the entry date " + Text.date(entry));
            }
            spells.add(new Ctf.SchoolSpell(text(s, "LEA"), text(s, "Estab"), text(s, "SchoolName"), entry, leaving,
                    text(s, "LeavingReason")));
        }
        return spells;
    }

    private Ctf.School school(Element s) {
        String urn = text(s, "URN");
        return new Ctf.School(text(s, "LEA"), text(s, "Estab"), urn == null ? null : Integer.valueOf(urn),
                text(s, "SchoolName"));
    }

    private void problem(Element where, String message) {
        problems.add(new FieldError(CtfReader.path(where), message));
    }

    private static LocalDate date(Element parent, String name) {
        String text = text(parent, name);
        return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static Integer number(Element parent, String name) {
        String text = text(parent, name);
        return text == null ? null : Integer.valueOf(text);
    }

    private static String join(String separator, String... parts) {
        var given = Stream.of(parts).filter(s -> s != null && !s.isBlank()).toList();
        return given.isEmpty() ? null : String.join(separator, given);
    }

    static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        var list = new ArrayList<Element>();
        if (parent == null) {
            return list;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    /** The trimmed text of a child element; null when it is absent or blank. */
    static String text(Element parent, String name) {
        var e = child(parent, name);
        if (e == null) {
            return null;
        }
        String text = e.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }
}
