package org.rejoin.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildDetails.Address;
import org.rejoin.children.ChildDetails.Carer;
import org.rejoin.children.Sex;
import org.rejoin.demo.DemoEstablishments.School;
import org.rejoin.linkage.UpnCheckLetter;
import org.rejoin.linkage.synthetic.NameTables;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;

/**
 * Generates the demo children: households of one to four children (twins among them) sharing a
 * surname, an address and carers; names from many backgrounds; UPNs with valid check letters
 * (a few temporary, a few missing); characteristics at roughly national rates; and registrations
 * at schools by age, with histories for secondary pupils and movers. The same seed and the same
 * date give the same population.
 */
final class DemoPopulation {

    static final long SEED = 20261123L;
    static final String[] STREETS = {"High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane",
            "Manor Road", "Park Avenue", "Mill Lane", "The Crescent", "Queens Road", "Kings Road", "New Road",
            "Grange Road", "Windsor Close", "Chapel Street", "Albert Road", "York Road", "Springfield Road",
            "Beech Avenue", "Orchard Way", "Canal Side", "Brook Street", "Meadow View", "Hawthorn Close"};

    /** A child and the registrations to record for them (indexes into {@link #children}). */
    record PlannedRegistration(int child, int urn, EnrolmentStatus status, LocalDate startsOn, LocalDate endsOn,
            DeletionGround ground) {
    }

    final List<ChildDetails> children = new ArrayList<>();
    final List<PlannedRegistration> registrations = new ArrayList<>();

    private final Random random;
    private final LocalDate today;
    private final AcademicYear thisYear;
    private final List<School> primaries;
    private final List<School> secondaries;
    private final List<School> specials;
    private final List<School> neighbours;
    private final School pru;
    private final List<School> alternative;
    private final School independent;
    private final School closed;
    private final Map<String, Integer> upnSerials = new HashMap<>();
    /** About six children to a postcode, as in England (some 33 residents to a postcode, a fifth of school age). */
    private final int postcodes;
    private final DemoFamily family;

    DemoPopulation(int size, LocalDate today, List<School> schools) {
        this.random = new Random(SEED);
        this.postcodes = Math.min(DemoEstablishments.POSTCODES, Math.max(2000, size / 6));
        this.today = today;
        this.family = new DemoFamily(random, today);
        this.thisYear = AcademicYear.of(today);
        this.primaries = schools.stream().filter(s -> s.inLa() && s.open() && s.primary() && s.typeCode() != 10).toList();
        this.secondaries = schools.stream().filter(s -> s.inLa() && s.secondary() && s.phaseCode() == 4
                && !Set.of(14, 38, 42).contains(s.typeCode())).toList();
        this.specials = schools.stream().filter(s -> Set.of(7, 44).contains(s.typeCode())).toList();
        this.neighbours = schools.stream().filter(s -> !s.inLa()).toList();
        this.pru = schools.stream().filter(s -> s.typeCode() == 14).findFirst().orElseThrow();
        this.alternative = schools.stream().filter(s -> Set.of(38, 42).contains(s.typeCode())).toList();
        this.independent = schools.stream().filter(s -> s.typeCode() == 10).findFirst().orElseThrow();
        this.closed = schools.stream().filter(s -> s.statusCode() == 2).findFirst().orElseThrow();
        while (children.size() < size) {
            household(size - children.size());
        }
    }

    private void household(int room) {
        var background = NameTables.background(random);
        String surname = NameTables.surnameOf(background, random);
        int size = Math.min(room, weighted(new int[] {40, 38, 15, 7}) + 1);
        var address = new Address((1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)], null,
                "Kingsbridge", DemoEstablishments.postcode(random.nextInt(postcodes)),
                today.minusYears(1 + random.nextInt(9)).minusDays(random.nextInt(300)), null);
        var previous = random.nextDouble() < 0.12 ? new Address((1 + random.nextInt(90)) + " "
                + STREETS[random.nextInt(STREETS.length)], null, "Eastmoor", "EM" + (1 + random.nextInt(6)) + " "
                + (1 + random.nextInt(9)) + "BD", address.startsOn().minusYears(3), address.startsOn().minusDays(1)) : null;
        boolean lookedAfter = random.nextDouble() < 0.007 * 2;
        var carers = family.carers(surname, background, address, lookedAfter);
        School primary = primaries.get(random.nextInt(primaries.size()));
        School secondary = secondaries.get(random.nextInt(secondaries.size()));
        // The eldest may already have left school and the youngest not yet started: each child is a year or two
        // younger than the one before, and only those of school age (Reception to Year 11) join the register. So
        // every year group is about as large as the next, as England's are (DfE, Schools, pupils and their
        // characteristics), rather than the youngest siblings piling into Reception.
        int eldest = random.nextInt(12 + 2 * (size - 1));
        boolean twins = size >= 2 && random.nextDouble() < 0.035;
        LocalDate twinDob = null;
        int yearGroup = eldest;
        for (int i = 0; i < size; i++) {
            if (i > 0 && !(twins && i == 1)) {
                yearGroup -= 1 + random.nextInt(2);
            }
            if (yearGroup < 0) {
                break;
            }
            LocalDate dob = twins && i == 1 ? twinDob : dateOfBirth(yearGroup);
            if (i == 0) {
                twinDob = dob;
            }
            if (yearGroup <= 11) {
                child(background, surname, dob, yearGroup, address, previous, carers, lookedAfter, primary, secondary);
            }
        }
    }

    private void child(NameTables.Background background, String surname, LocalDate dob, int yearGroup, Address address,
            Address previous, List<Carer> carers, boolean lookedAfter, School primary, School secondary) {
        boolean girl = random.nextBoolean();
        String forename = NameTables.forename(background, girl, random);
        String middle = random.nextDouble() < 0.6 ? NameTables.forename(background, girl, random) : null;
        if (forename.equals(middle)) {
            middle = null;
        }
        String preferred = random.nextDouble() < 0.25 ? NameTables.SHORT_FORMS.get(forename) : null;
        var characteristics = family.characteristics(background, lookedAfter, dob);
        boolean ehcp = characteristics.stream().anyMatch(c -> c.type() == CharacteristicType.EHC_PLAN);
        var formerNames = new ArrayList<ChildDetails.FormerName>();
        if (random.nextDouble() < 0.012) {
            formerNames.add(new ChildDetails.FormerName(forename,
                    NameTables.surnameOf(NameTables.british(), random), today.minusYears(2)));
        }
        int index = children.size();
        var registrationsBefore = registrations.size();
        String upn = registrations(index, yearGroup, ehcp, primary, secondary);
        var formerUpns = new ArrayList<String>();
        if (upn != null && random.nextDouble() < 0.01) {
            formerUpns.add(upn(primary.laCode(), primary.number(), yearGroup + 1, false));
        }
        var addresses = new ArrayList<Address>();
        addresses.add(address);
        if (previous != null) {
            addresses.add(previous);
        }
        String uln = yearGroup >= 9 && random.nextDouble() < 0.5 ? uln() : null;
        children.add(new ChildDetails(forename, middle, surname, preferred, null, dob, false,
                girl ? Sex.FEMALE : Sex.MALE, upn, uln, formerUpns, formerNames, addresses, carers, characteristics));
        if (registrations.size() == registrationsBefore) {
            throw new IllegalStateException("every demo child is registered somewhere, now or before");
        }
    }

    /** Plans the child's registrations and returns the UPN their first school gave them. */
    private String registrations(int child, int yearGroup, boolean ehcp, School primary, School secondary) {
        var receptionYear = new AcademicYear(thisYear.startYear() - yearGroup);
        LocalDate reception = DemoTermDates.of(receptionYear).get(0).startsOn();
        double r = random.nextDouble();
        School current;
        if (ehcp && random.nextDouble() < 0.35) {
            current = specials.stream().filter(s -> yearGroup < 7 ? s.lowAge() <= 5 : s.highAge() >= 16)
                    .skip(random.nextInt(2)).findFirst().orElse(specials.get(0));
        }
        else if (r < 0.015) {
            current = independent;
        }
        else {
            current = yearGroup < 7 ? primary : secondary;
        }
        String upn = random.nextDouble() < 0.005 ? null
                : upn(yearGroup < 7 || current == independent ? current.laCode() : primary.laCode(),
                        yearGroup < 7 ? current.number() : primary.number(), thisYear.startYear() - yearGroup,
                        random.nextDouble() < 0.015);
        LocalDate start = reception;
        if (yearGroup >= 7 && current.secondary()) {
            LocalDate year7 = DemoTermDates.of(new AcademicYear(thisYear.startYear() - yearGroup + 7)).get(0).startsOn();
            LocalDate leftPrimary = DemoTermDates.of(new AcademicYear(year7.getYear() - 1)).get(5).endsOn();
            registrations.add(new PlannedRegistration(child, (random.nextDouble() < 0.05 ? closed : primary).urn(),
                    EnrolmentStatus.SINGLE, reception, leftPrimary, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL));
            start = year7;
        }
        if (random.nextDouble() < 0.08 && yearGroup > 0 && (current.primary() || current.secondary())) {
            // A mover: came from a school of the same phase in the neighbouring LA part-way through.
            LocalDate moved = start.plusDays(60 + random.nextInt(Math.max(1, (int) (today.toEpochDay() - start.toEpochDay() - 60))));
            if (moved.isBefore(today.minusDays(5))) {
                var samePhase = neighbours.stream().filter(n -> n.primary() == current.primary()).toList();
                School from = samePhase.get(random.nextInt(samePhase.size()));
                registrations.add(new PlannedRegistration(child, from.urn(), EnrolmentStatus.SINGLE, start,
                        moved.minusDays(1), DeletionGround.NO_LONGER_LIVES_NEARBY));
                start = moved;
            }
        }
        planPlacement(child, yearGroup, current, start);
        return upn;
    }

    /**
     * Plans where the child is now from the day they started at their current school: mostly still there; a few dual
     * registered with the PRU, placed in AP after a permanent exclusion, or off roll.
     */
    private void planPlacement(int child, int yearGroup, School current, LocalDate startedOn) {
        LocalDate start = startedOn;
        double placement = random.nextDouble();
        if (yearGroup >= 7 && placement < 0.004) {
            registrations.add(new PlannedRegistration(child, current.urn(), EnrolmentStatus.MAIN_DUAL, start, null, null));
            registrations.add(new PlannedRegistration(child, pru.urn(), EnrolmentStatus.SUBSIDIARY_DUAL,
                    today.minusDays(20 + random.nextInt(100)), null, null));
        }
        else if (yearGroup >= 7 && placement < 0.007) {
            School ap = alternative.get(random.nextInt(alternative.size()));
            LocalDate left = today.minusDays(30 + random.nextInt(200));
            if (left.isAfter(start)) {
                registrations.add(new PlannedRegistration(child, current.urn(), EnrolmentStatus.SINGLE, start, left,
                        DeletionGround.PERMANENT_EXCLUSION));
                start = left.plusDays(6);
            }
            registrations.add(new PlannedRegistration(child, ap.urn(), EnrolmentStatus.SINGLE, start, null, null));
        }
        else if (yearGroup >= 2 && placement < 0.017) {
            // Off roll: left with no known destination, or never came back; the children later issues must find.
            LocalDate left = today.minusDays(15 + random.nextInt(250));
            if (left.isAfter(start)) {
                DeletionGround[] grounds = {DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                        DeletionGround.DID_NOT_RETURN_AFTER_LEAVE, DeletionGround.HOME_EDUCATION,
                        DeletionGround.NO_LONGER_LIVES_NEARBY};
                registrations.add(new PlannedRegistration(child, current.urn(), EnrolmentStatus.SINGLE, start, left,
                        grounds[random.nextInt(grounds.length)]));
            }
            else {
                registrations.add(new PlannedRegistration(child, current.urn(), EnrolmentStatus.SINGLE, start, null, null));
            }
        }
        else {
            registrations.add(new PlannedRegistration(child, current.urn(), EnrolmentStatus.SINGLE, start, null, null));
        }
    }

    private LocalDate dateOfBirth(int yearGroup) {
        LocalDate first = LocalDate.of(thisYear.startYear() - 5 - yearGroup, Month.SEPTEMBER, 1);
        return first.plusDays(random.nextInt(365));
    }

    /** A UPN with its check letter (DfE UPN guide Annex A), allocated by a school in the given year. */
    String upn(String laCode, String establishment, int year, boolean temporary) {
        String yearDigits = String.format("%02d", Math.floorMod(year, 100));
        String body = laCode + establishment + yearDigits;
        int upnSerial = upnSerials.merge(body, 1, Integer::sum);
        // A school's serials run out at 999: the LA then allocates, with dummy numbers 3950-3999 (docs/rules/identifiers.md).
        for (int dummy = 3950; upnSerial > 999 && dummy <= 3999; dummy++) {
            body = laCode + dummy + yearDigits;
            upnSerial = upnSerials.merge(body, 1, Integer::sum);
        }
        if (upnSerial > 999) {
            throw new IllegalStateException("more children in one year group than UPNs can number");
        }
        String last = temporary ? String.format("%02d", upnSerial % 100) + UpnCheckLetter.LETTERS.charAt(random.nextInt(23))
                : String.format("%03d", upnSerial);
        return UpnCheckLetter.complete(body + last);
    }

    /** A ULN with a valid check digit and a first digit other than 0 (docs/rules/identifiers.md). */
    private String uln() {
        while (true) {
            var digits = new StringBuilder().append(1 + random.nextInt(9));
            for (int i = 1; i < 9; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (10 - i) * (digits.charAt(i) - '0');
            }
            int r = sum % 11;
            if (r != 0) {
                return digits.append(10 - r).toString();
            }
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
