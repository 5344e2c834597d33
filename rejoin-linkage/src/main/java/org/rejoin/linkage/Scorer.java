package org.rejoin.linkage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Fellegi-Sunter scoring: the prior weight plus each field's log2(m/u), with a term-frequency
 * adjustment on exact matches of forename, surname and date of birth (a match on a rare surname
 * counts for more than one on "Smith"); then the band, held back by the guards. Thread-safe.
 */
public final class Scorer {

    /** Term-frequency adjustments are kept within these bounds so one rare value cannot decide alone. */
    private static final double MAX_ADJUSTMENT = 4;
    /** The share of records from which a forename counts as a name in its own right, not a slip. */
    private static final double KNOWN_FORENAME_SHARE = 2e-5;

    private final Model model;
    private final Comparator comparator = new Comparator();
    private final double[][] weights;

    public Scorer(Model model) {
        this.model = model;
        this.weights = new double[Field.values().length][];
        for (Field field : Field.values()) {
            weights[field.ordinal()] = new double[field.levelCount()];
            for (int level = 0; level < field.levelCount(); level++) {
                weights[field.ordinal()][level] = model.weight(field, level);
            }
        }
    }

    public Model model() {
        return model;
    }

    public ScoredPair score(int left, int right, StandardRecord a, StandardRecord b, BlockingRule rule) {
        int[] levels = comparator.compare(a, b);
        double weight = weight(levels, a, b);
        Set<Guard> guards = guards(levels, a, b);
        return new ScoredPair(left, right, weight, band(levels, weight, guards), guards, rule);
    }

    /**
     * The band, with the household correction: siblings share a surname, a date of birth (twins)
     * and a home, fields the model treats as independent evidence. When the forenames are
     * entirely different and the sex or the permanent UPN differs too, they are two children,
     * however many household fields agree.
     */
    Band band(int[] levels, double weight, Set<Guard> guards) {
        if (levels[Field.FORENAME.ordinal()] == Comparator.FORENAME_DIFFERENT
                && (levels[Field.SEX.ordinal()] == Comparator.SEX_DIFFERENT
                        || levels[Field.UPN.ordinal()] == Comparator.UPN_DIFFERENT)) {
            return Band.NON_MATCH;
        }
        return band(weight, guards);
    }

    public double weight(int[] levels, StandardRecord a, StandardRecord b) {
        double weight = model.priorWeight();
        for (Field field : Field.values()) {
            weight += weights[field.ordinal()][levels[field.ordinal()]]
                    + termFrequencyAdjustment(field, levels[field.ordinal()], a, b);
        }
        return weight;
    }

    Band band(double weight, Set<Guard> guards) {
        if (weight >= model.matchThreshold()) {
            return guards.isEmpty() ? Band.MATCH : Band.REVIEW;
        }
        return weight >= model.reviewThreshold() ? Band.REVIEW : Band.NON_MATCH;
    }

    double termFrequencyAdjustment(Field field, int level, StandardRecord a, StandardRecord b) {
        if (level != field.exactLevel() || level < 0) {
            return 0;
        }
        Map<String, Double> frequencies = model.termFrequencies().get(field.name());
        if (frequencies == null) {
            return 0;
        }
        String value = value(field, a);
        double uExact = model.u()[field.ordinal()][level];
        double tf = frequencies.getOrDefault(value, frequencies.getOrDefault("", uExact));
        double adjustment = Model.log2(uExact / Math.max(tf, 1e-7));
        return Math.max(-MAX_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, adjustment));
    }

    static String value(Field field, StandardRecord r) {
        return switch (field) {
            case FORENAME -> r.forename();
            case MIDDLE_NAMES -> r.middleNames();
            case SURNAME -> r.surname();
            case DATE_OF_BIRTH -> r.dateOfBirth() == null ? null : r.dateOfBirth().toString();
            case UPN -> r.upn();
            case SEX -> r.sex() == null ? null : String.valueOf(r.sex());
            case POSTCODE -> r.postcode();
        };
    }

    /** ADR 10, "Decisions and guards". */
    Set<Guard> guards(int[] levels, StandardRecord a, StandardRecord b) {
        Set<Guard> guards = EnumSet.noneOf(Guard.class);
        int forename = levels[Field.FORENAME.ordinal()];
        boolean forenameClearlySame = forename == Comparator.FORENAME_EXACT || forename == Comparator.FORENAME_NICKNAME
                || forename == Comparator.FORENAME_SWAPPED;
        int surname = levels[Field.SURNAME.ordinal()];
        int dateOfBirth = levels[Field.DATE_OF_BIRTH.ordinal()];
        // Twins share a date of birth (one record may carry a slip in it), a surname, a home and often
        // a middle name, but never a permanent UPN, and their forenames differ. A typo-close spelling
        // passes only when one of the two is not a forename in its own right (Oliaer, not Evie and Evine).
        boolean sameHousehold = dateOfBirth >= Comparator.DOB_EXACT && dateOfBirth <= Comparator.DOB_ONE_DIGIT
                && surname >= Comparator.SURNAME_EXACT && surname <= Comparator.SURNAME_SOUND
                && levels[Field.POSTCODE.ordinal()] == Comparator.POSTCODE_SAME;
        boolean differentForenames = !forenameClearlySame
                && (forename != Comparator.FORENAME_JW92 || isForename(a.forename()) && isForename(b.forename()));
        if (sameHousehold && differentForenames && levels[Field.UPN.ordinal()] != Comparator.UPN_SAME) {
            guards.add(Guard.TWINS);
        }
        if (levels[Field.UPN.ordinal()] == Comparator.UPN_DIFFERENT) {
            guards.add(Guard.DIFFERENT_PERMANENT_UPNS);
        }
        if (levels[Field.SEX.ordinal()] == Comparator.SEX_DIFFERENT && !forenameClearlySame) {
            guards.add(Guard.SEX_DIFFERS_AND_FORENAME_WEAK);
        }
        return guards;
    }

    /**
     * Whether a spelling is a forename in its own right: at least one record in 50,000 carries it in
     * the model's frequency table. A slip of the keyboard rarely recurs that often.
     */
    private boolean isForename(String forename) {
        var frequencies = model.termFrequencies().get(Field.FORENAME.name());
        return frequencies != null && frequencies.getOrDefault(forename, 0.0) >= KNOWN_FORENAME_SHARE;
    }

    public static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }

    /** Every field's values, level and weight, the total, the band, the guards and where it came from. */
    public Explanation explain(StandardRecord a, StandardRecord b, BlockingRule rule) {
        int[] levels = comparator.compare(a, b);
        var fields = new ArrayList<Explanation.FieldEvidence>();
        for (Field field : Field.values()) {
            int level = levels[field.ordinal()];
            fields.add(new Explanation.FieldEvidence(field, display(field, a), display(field, b), level,
                    field.levels().get(level), weights[field.ordinal()][level],
                    termFrequencyAdjustment(field, level, a, b)));
        }
        double weight = weight(levels, a, b);
        Set<Guard> guards = guards(levels, a, b);
        return new Explanation(a.id(), b.id(), model.priorWeight(), fields, weight, probability(weight),
                band(levels, weight, guards), java.util.List.copyOf(guards), rule, model.version());
    }

    private static String display(Field field, StandardRecord r) {
        return switch (field) {
            case FORENAME -> r.original().forename();
            case MIDDLE_NAMES -> r.original().middleNames();
            case SURNAME -> r.original().surname();
            case DATE_OF_BIRTH -> r.dateOfBirth() == null ? null : r.dateOfBirth().toString();
            case UPN -> r.original().upn();
            case SEX -> r.sex() == null ? null : String.valueOf(r.sex());
            case POSTCODE -> r.original().postcode();
        };
    }
}
