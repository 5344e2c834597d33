package org.rejoin.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.rejoin.linkage.Nicknames;
import org.rejoin.linkage.PersonRecord;
import org.rejoin.linkage.Standardiser;

/**
 * A seeded synthetic population in two files, as an LA sees it: A (its register) and B (a later
 * source: school rolls, transfer files, referrals), with the truth of which records are the same
 * child. Households share surname, address and date-of-birth patterns; twins share everything
 * but the forename. B's records carry the errors real sources make: nicknames, transliterations,
 * typing errors, day/month swaps, surname changes, moves, missing, temporary and re-issued UPNs.
 *
 * <p>Seeds: {@link #DEVELOPMENT}, {@link #CALIBRATION} (thresholds are chosen here) and
 * {@link #HELD_OUT} (accuracy is reported here, with thresholds fixed before).
 */
public final class SyntheticPopulation {

    public static final long DEVELOPMENT = 1;
    public static final long CALIBRATION = 2;
    public static final long HELD_OUT = 3;

    private static final LocalDate REFERENCE = LocalDate.of(2026, 9, 1);

    /** One true child. */
    private record Child(int id, String forename, List<String> forenameVariants, String middle, String surname,
            List<String> surnameVariants, LocalDate dob, char sex, String upn, String postcode, int household,
            boolean twin) {
    }

    /** A pair of records that are the same child, and what makes it hard. */
    public record TruePair(String leftId, String rightId, boolean transliterated) {
    }

    /** Two records of twin siblings, one in each file: they must never be auto-matched. */
    public record TwinPair(String leftId, String rightId) {
    }

    public final List<PersonRecord> left = new ArrayList<>();
    public final List<PersonRecord> right = new ArrayList<>();
    public final List<TruePair> truth = new ArrayList<>();
    public final List<TwinPair> twins = new ArrayList<>();

    private static final Nicknames NICKNAMES = Nicknames.standard();

    private final Random random;
    private final Identifiers identifiers;
    private final Slips slips;

    /**
     * @param size records in each file
     * @param overlap the share of B's records that are children also in A
     */
    public SyntheticPopulation(long seed, int size, double overlap) {
        this.random = new Random(seed);
        this.identifiers = new Identifiers(random);
        this.slips = new Slips(random);
        var children = new ArrayList<Child>();
        int households = 0;
        int needed = (int) (size * (2 - overlap));
        while (children.size() < needed) {
            household(children, households++);
        }
        Collections.shuffle(children, random);
        var inLeft = children.subList(0, size);
        int fromLeft = (int) Math.round(size * overlap);
        var inRight = new ArrayList<>(children.subList(0, fromLeft));
        inRight.addAll(children.subList(size, size + size - fromLeft));
        Collections.shuffle(inRight, random);
        var leftId = new java.util.HashMap<Integer, String>();
        for (int i = 0; i < inLeft.size(); i++) {
            var child = inLeft.get(i);
            String id = "A" + (i + 1);
            leftId.put(child.id(), id);
            left.add(recordA(id, child));
        }
        var rightIdsByHousehold = new java.util.HashMap<Integer, List<Object[]>>();
        for (int i = 0; i < inRight.size(); i++) {
            var child = inRight.get(i);
            String id = "B" + (i + 1);
            var record = recordB(id, child);
            right.add(record);
            if (leftId.containsKey(child.id())) {
                boolean transliterated = !child.forename().equals(record.forename()) && record.forename() != null
                        && child.forenameVariants().contains(record.forename())
                        || !child.surname().equals(record.surname()) && record.surname() != null
                        && child.surnameVariants().contains(record.surname());
                truth.add(new TruePair(leftId.get(child.id()), id, transliterated));
            }
            if (child.twin()) {
                rightIdsByHousehold.computeIfAbsent(child.household(), h -> new ArrayList<>()).add(new Object[] {child, id});
            }
        }
        pairTwins(inLeft, leftId, rightIdsByHousehold);
    }

    private void pairTwins(List<Child> inLeft, java.util.Map<Integer, String> leftId, java.util.Map<Integer, List<Object[]>> rightIdsByHousehold) {
        for (var child : inLeft) {
            if (!child.twin()) {
                continue;
            }
            for (Object[] other : rightIdsByHousehold.getOrDefault(child.household(), List.of())) {
                var sibling = (Child) other[0];
                if (sibling.id() != child.id() && sibling.dob().equals(child.dob())) {
                    twins.add(new TwinPair(leftId.get(child.id()), (String) other[1]));
                }
            }
        }
    }

    private void household(List<Child> children, int household) {
        var background = NameTables.background(random);
        boolean mixed = random.nextDouble() < 0.07;
        var surnameSource = mixed ? NameTables.background(random) : background;
        List<String> surnameForms = NameTables.forms(NameTables.surname(surnameSource, random));
        String postcode = identifiers.postcode();
        int size = 1 + (random.nextDouble() < 0.45 ? 0 : random.nextDouble() < 0.6 ? 1 : random.nextDouble() < 0.7 ? 2 : 3);
        LocalDate eldest = REFERENCE.minusYears(5).minusDays(random.nextInt(11 * 365));
        boolean twins = random.nextDouble() < 0.03;
        LocalDate dob = eldest;
        for (int i = 0; i < size + (twins ? 1 : 0); i++) {
            boolean twin = twins && i >= size - 1;
            if (i > 0 && !(twins && i == size)) {
                dob = dob.plusDays(330 + random.nextInt(900));
            }
            if (dob.isAfter(REFERENCE.minusYears(4))) {
                break;
            }
            char sex = random.nextBoolean() ? 'F' : 'M';
            var forenameSource = mixed && random.nextBoolean() ? NameTables.background(random) : background;
            List<String> forenameForms;
            do {
                forenameForms = NameTables.forms(NameTables.forenameEntry(forenameSource, sex == 'F', random));
            }
            while (familyHasName(children, household, forenameForms, null));
            String middle = null;
            if (random.nextDouble() < 0.6) {
                List<String> middleForms;
                do {
                    middleForms = NameTables.forms(NameTables.forenameEntry(forenameSource, sex == 'F', random));
                }
                while (familyHasName(children, household, middleForms, forenameForms));
                middle = middleForms.get(0);
            }
            double u = random.nextDouble();
            String upn = u < 0.9 ? identifiers.upn(false) : u < 0.97 ? identifiers.upn(true) : null;
            children.add(new Child(children.size(), forenameForms.get(0), forenameForms, middle, surnameForms.get(0),
                    surnameForms, dob, sex, upn, postcode, household, twin));
        }
    }

    /**
     * Whether a name is a form of one the family already uses: a sibling's forename (parents do not
     * call two children Jacob and Jake) or, for a middle name, the child's own forename or a
     * sibling's (nor Olivia Olivia, nor a twin's first name as the other twin's middle name).
     */
    private static boolean familyHasName(List<Child> children, int household, List<String> forms, List<String> own) {
        if (own != null && sameName(forms, own)) {
            return true;
        }
        for (int i = children.size() - 1; i >= 0 && children.get(i).household() == household; i--) {
            if (sameName(forms, children.get(i).forenameVariants())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(List<String> forms, List<String> others) {
        for (String form : forms) {
            for (String other : others) {
                if (NICKNAMES.canonical(Standardiser.name(form)).equals(NICKNAMES.canonical(Standardiser.name(other)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The register: mostly as the child is, with a few slips. */
    private PersonRecord recordA(String id, Child c) {
        String forename = chance(0.01) ? slips.typo(c.forename()) : c.forename();
        LocalDate dob = chance(0.004) ? slips.oneDigit(c.dob()) : c.dob();
        String upn = chance(0.06) ? null : c.upn();
        return new PersonRecord(id, forename, chance(0.2) ? null : c.middle(), c.surname(), dob, c.sex(), upn,
                chance(0.03) ? null : c.postcode());
    }

    /** A later source: every kind of error real records carry. */
    private PersonRecord recordB(String id, Child c) {
        var names = surnameErrors(c, forenameErrors(c));
        LocalDate dob = dobErrors(c.dob());
        Character sex = chance(0.03) ? null : chance(0.002) ? (c.sex() == 'F' ? 'M' : 'F') : c.sex();
        String upn = upnErrors(c.upn());
        double p = random.nextDouble();
        String postcode = p < 0.12 ? identifiers.postcode() : p < 0.17 ? null : p < 0.18 ? c.postcode().replace(" ", "").substring(1) : c.postcode();
        return new PersonRecord(id, names.forename(), chance(0.4) ? null : c.middle(), names.surname(), dob, sex, upn, postcode);
    }

    private record Names(String forename, String surname) {
    }

    private String forenameErrors(Child c) {
        String forename = c.forename();
        double f = random.nextDouble();
        if (f < 0.05 && NameTables.SHORT_FORMS.containsKey(forename)) {
            return NameTables.SHORT_FORMS.get(forename);
        }
        if (f < 0.10 && c.forenameVariants().size() > 1) {
            return c.forenameVariants().get(1 + random.nextInt(c.forenameVariants().size() - 1));
        }
        if (f < 0.13) {
            return slips.typo(forename);
        }
        if (f < 0.14 && c.middle() != null) {
            return c.middle();
        }
        if (f < 0.145) {
            return forename.substring(0, 1);
        }
        return f < 0.15 ? null : forename;
    }

    /** Surname errors; one of them swaps forename and surname, so both come back. */
    private Names surnameErrors(Child c, String forename) {
        String surname = c.surname();
        double s = random.nextDouble();
        if (s < 0.02) {
            return new Names(forename, slips.typo(surname));
        }
        if (s < 0.035) {
            return new Names(forename, NameTables.surname(NameTables.background(random), random).split("\\|")[0]);
        }
        if (s < 0.05) {
            return new Names(forename, surname + "-" + NameTables.surname(NameTables.BACKGROUNDS.get(0), random).split("\\|")[0]);
        }
        if (s < 0.07 && c.surnameVariants().size() > 1) {
            return new Names(forename, c.surnameVariants().get(1 + random.nextInt(c.surnameVariants().size() - 1)));
        }
        if (s < 0.073 && forename != null) {
            return new Names(surname, forename);
        }
        return new Names(forename, surname);
    }

    private LocalDate dobErrors(LocalDate dob) {
        double d = random.nextDouble();
        if (d < 0.01 && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()) {
            return LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        }
        if (d < 0.025) {
            return slips.oneDigit(dob);
        }
        return d < 0.03 ? null : dob;
    }

    private String upnErrors(String upn) {
        double u = random.nextDouble();
        if (u < 0.2) {
            return null;
        }
        if (u < 0.25) {
            return identifiers.upn(true);
        }
        return u < 0.26 ? identifiers.upn(false) : upn;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
