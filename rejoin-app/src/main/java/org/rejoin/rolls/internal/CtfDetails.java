package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildDetails.Address;
import org.rejoin.children.ChildDetails.Carer;
import org.rejoin.children.ChildDetails.Characteristic;
import org.rejoin.children.ChildDetails.FormerName;
import org.rejoin.children.Sex;
import org.rejoin.children.Uln;
import org.rejoin.rolls.Ctf;

/** A CTF pupil as the register keeps a child, and back; and what a file adds to a record the register holds. */
final class CtfDetails {

    private CtfDetails() {
    }

    /** The register's view of a CTF pupil: identity, names, address, contacts, SEN and in care. */
    static ChildDetails details(Ctf.Pupil p) {
        var formerNames = p.formerSurname() == null ? List.<FormerName>of()
                : List.of(new FormerName(p.forename(), p.formerSurname(), null));
        var addresses = p.address() == null ? List.<Address>of() : List.of(new Address(p.address().line1(),
                p.address().line2(), p.address().town(), p.address().postcode(), null, null));
        var carers = p.contacts().stream().map(c -> new Carer(
                c.forename() == null ? c.surname() : c.forename() + " " + c.surname(), c.relationship(),
                c.parentalResponsibility(), c.telephone(), c.email(), c.address())).toList();
        return new ChildDetails(p.forename(), p.middleNames(), p.surname(), p.preferredForename(), p.preferredSurname(),
                p.dateOfBirth(), false, p.sex() == null ? Sex.NOT_KNOWN : p.sex(), p.upn(), p.uln(),
                p.formerUpn() == null ? List.of() : List.of(p.formerUpn()), formerNames, addresses, carers,
                characteristics(p));
    }

    /**
     * SEN support (K) and EHC plans (E), each until the next entry of the history begins; in care as
     * looked after, with the care authority.
     */
    private static List<Characteristic> characteristics(Ctf.Pupil p) {
        var result = new ArrayList<Characteristic>();
        var sen = p.sen().stream().sorted(Comparator.comparing(Ctf.Sen::startsOn,
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        for (int i = 0; i < sen.size(); i++) {
            var s = sen.get(i);
            if (s.provision().equals("N")) {
                continue;
            }
            LocalDate next = i + 1 < sen.size() ? sen.get(i + 1).startsOn() : null;
            LocalDate endsOn = next == null ? null : next.minusDays(1);
            if (endsOn != null && s.startsOn() != null && endsOn.isBefore(s.startsOn())) {
                endsOn = s.startsOn();
            }
            result.add(new Characteristic(s.provision().equals("E") ? CharacteristicType.EHC_PLAN
                    : CharacteristicType.SEN_SUPPORT, s.needs().isEmpty() ? null : String.join(", ", s.needs()),
                    s.startsOn(), endsOn));
        }
        if (Boolean.TRUE.equals(p.inCare())) {
            result.add(new Characteristic(CharacteristicType.LOOKED_AFTER, p.careAuthority(), null, null));
        }
        return result;
    }

    /** A child as a CTF pupil on a given day, with the history and attendance kept for them. */
    static Ctf.Pupil pupil(ChildDetails d, LocalDate on, List<Ctf.AttendanceYear> attendance,
            List<Ctf.SchoolSpell> history) {
        var address = d.addresses().stream().filter(a -> a.isCurrentOn(on)).findFirst()
                .map(a -> new Ctf.Address(a.line1(), a.line2(), a.town(), a.postcode())).orElse(null);
        var contacts = d.carers().stream().map(c -> {
            int space = c.name().trim().lastIndexOf(' ');
            return new Ctf.Contact(null, space < 0 ? null : c.name().trim().substring(0, space),
                    space < 0 ? c.name().trim() : c.name().trim().substring(space + 1), c.relationship(),
                    c.parentalResponsibility(), c.telephone(), c.email(), c.address());
        }).toList();
        var sen = new ArrayList<Ctf.Sen>();
        var senCharacteristics = d.characteristics().stream()
                .filter(c -> c.type() == CharacteristicType.SEN_SUPPORT || c.type() == CharacteristicType.EHC_PLAN)
                .sorted(Comparator.comparing(Characteristic::startsOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        for (int i = 0; i < senCharacteristics.size(); i++) {
            var c = senCharacteristics.get(i);
            sen.add(new Ctf.Sen(c.startsOn(), c.type() == CharacteristicType.EHC_PLAN ? "E" : "K",
                    c.detail() == null ? List.of() : List.of(c.detail().split(",\\s*"))));
            var next = i + 1 < senCharacteristics.size() ? senCharacteristics.get(i + 1).startsOn() : null;
            if (c.endsOn() != null && !c.endsOn().isAfter(on) && (next == null || !next.equals(c.endsOn().plusDays(1)))) {
                sen.add(new Ctf.Sen(c.endsOn().plusDays(1), "N", List.of()));
            }
        }
        var lookedAfter = d.characteristics().stream()
                .filter(c -> c.type() == CharacteristicType.LOOKED_AFTER && c.isCurrentOn(on)).findFirst();
        String careAuthority = lookedAfter.map(Characteristic::detail).filter(s -> s != null && s.matches("[0-9]{3}"))
                .orElse(null);
        return new Ctf.Pupil(d.upn(), d.formerUpns().isEmpty() ? null : d.formerUpns().get(0), d.uln(),
                d.legalForename(), d.middleNames(), d.legalSurname(), d.preferredForename(), d.preferredSurname(),
                d.formerNames().isEmpty() ? null : d.formerNames().get(0).surname(), d.dateOfBirth(), d.sex(),
                ncYear(d.dateOfBirth(), on), lookedAfter.isPresent(), careAuthority, sen, address, contacts,
                attendance, history);
    }

    /**
     * The national curriculum year for the child's age (CTF specification, NCyearActual): R in the
     * year they turn 5, then 1 to 11; a cohort runs from 1 September to 31 August.
     */
    static String ncYear(LocalDate dateOfBirth, LocalDate on) {
        int year = AcademicYear.of(on).yearGroup(dateOfBirth);
        return year == 0 ? "R" : year >= 1 && year <= 11 ? Integer.toString(year) : null;
    }

    /** A record the register holds, with what a file adds to it; the held names and date of birth stay. */
    record Merged(ChildDetails details, List<String> added, List<String> differences) {

        boolean changed() {
            return !added.isEmpty();
        }
    }

    static Merged merge(ChildDetails held, ChildDetails in) {
        var added = new ArrayList<String>();
        var upns = upns(held, in, added);
        var formerNames = formerNames(held, in, added);
        var addresses = new ArrayList<>(held.addresses());
        for (var a : in.addresses()) {
            if (held.addresses().stream().noneMatch(h -> same(h, a))) {
                addresses.add(0, a);
                added.add("address " + a.singleLine());
            }
        }
        var carers = new ArrayList<>(held.carers());
        for (var c : in.carers()) {
            if (held.carers().stream().noneMatch(h -> h.name().equalsIgnoreCase(c.name()))) {
                carers.add(c);
                added.add("contact " + c.name());
            }
        }
        var characteristics = characteristics(held, in, added);
        // The default ULN held is replaced by the learner's own when a file brings it.
        String uln = fill(Uln.isTemporary(held.uln()) ? null : held.uln(), in.uln(), "ULN", added);
        uln = uln == null ? held.uln() : uln;
        String middle = fill(held.middleNames(), in.middleNames(), "middle names", added);
        String preferredForename = fill(held.preferredForename(), in.preferredForename(), "preferred forename", added);
        String preferredSurname = fill(held.preferredSurname(), in.preferredSurname(), "preferred surname", added);
        Sex sex = held.sex();
        if (sex == Sex.NOT_KNOWN && in.sex() != Sex.NOT_KNOWN) {
            sex = in.sex();
            added.add("sex");
        }
        var details = new ChildDetails(held.legalForename(), middle, held.legalSurname(), preferredForename,
                preferredSurname, held.dateOfBirth(), held.dateOfBirthEstimated(), sex, upns.upn(), uln, upns.former(),
                formerNames, addresses, carers, characteristics);
        return new Merged(details, added, differences(held, in));
    }

    /** The current UPN and the former ones after the file: a new UPN makes the held one former. */
    private record Upns(String upn, List<String> former) {
    }

    private static Upns upns(ChildDetails held, ChildDetails in, List<String> added) {
        String upn = held.upn();
        var formerUpns = new ArrayList<>(held.formerUpns());
        if (in.upn() != null && !in.upn().equals(held.upn())) {
            if (held.upn() != null && !formerUpns.contains(held.upn())) {
                formerUpns.add(held.upn());
            }
            upn = in.upn();
            added.add(held.upn() == null ? "UPN" : "UPN " + in.upn() + " (" + held.upn() + " is now a former UPN)");
        }
        for (String f : in.formerUpns()) {
            if (!f.equals(upn) && !formerUpns.contains(f)) {
                formerUpns.add(f);
                added.add("former UPN " + f);
            }
        }
        formerUpns.remove(upn);
        return new Upns(upn, formerUpns);
    }

    private static List<ChildDetails.FormerName> formerNames(ChildDetails held, ChildDetails in, List<String> added) {
        var formerNames = new ArrayList<>(held.formerNames());
        for (var n : in.formerNames()) {
            if (formerNames.stream().noneMatch(h -> h.surname().equalsIgnoreCase(n.surname()))
                    && !n.surname().equalsIgnoreCase(held.legalSurname())) {
                formerNames.add(n);
                added.add("former surname " + n.surname());
            }
        }
        return formerNames;
    }

    private static List<ChildDetails.Characteristic> characteristics(ChildDetails held, ChildDetails in,
            List<String> added) {
        var characteristics = new ArrayList<>(held.characteristics());
        for (var c : in.characteristics()) {
            if (held.characteristics().stream().noneMatch(h -> h.type() == c.type()
                    && (Objects.equals(h.startsOn(), c.startsOn()) || c.startsOn() == null && h.endsOn() == null))) {
                characteristics.add(c);
                added.add(c.type().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return characteristics;
    }

    /** What the file says of the child's identity that differs from the register: noted, never changed. */
    private static List<String> differences(ChildDetails held, ChildDetails in) {
        var differences = new ArrayList<String>();
        if (!held.legalForename().equalsIgnoreCase(in.legalForename())) {
            differences.add("forename " + held.legalForename() + " in Rejoin, " + in.legalForename() + " in the file");
        }
        if (!held.legalSurname().equalsIgnoreCase(in.legalSurname())) {
            differences.add("surname " + held.legalSurname() + " in Rejoin, " + in.legalSurname() + " in the file");
        }
        if (!held.dateOfBirth().equals(in.dateOfBirth())) {
            differences.add("date of birth " + held.dateOfBirth() + " in Rejoin, " + in.dateOfBirth() + " in the file");
        }
        return differences;
    }

    private static String fill(String held, String in, String what, List<String> added) {
        if ((held == null || held.isBlank()) && in != null) {
            added.add(what);
            return in;
        }
        return held;
    }

    private static boolean same(Address a, Address b) {
        return a.line1().equalsIgnoreCase(b.line1()) && Objects.equals(postcode(a.postcode()), postcode(b.postcode()));
    }

    private static String postcode(String postcode) {
        return postcode == null ? null : postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
