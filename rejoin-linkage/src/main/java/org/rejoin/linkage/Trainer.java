package org.rejoin.linkage;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Trains a model as ADR 10 says: u from random pairs, the prior from strict deterministic
 * rules, m by expectation-maximisation over the counts of distinct comparison vectors of the
 * blocked pairs (tens of thousands of patterns, not millions of pairs).
 */
public final class Trainer {

    /** How many random pairs estimate u. */
    static final int RANDOM_PAIRS = 2_000_000;
    /** The share of true matches the deterministic rules are assumed to find (their recall). */
    static final double DETERMINISTIC_RECALL = 0.6;
    /** Values rarer than this many records share one default frequency in the model. */
    static final int MIN_TERM_COUNT = 3;
    private static final double FLOOR = 1e-6;

    private static final int[] RADIX = radix();

    private final long seed;

    public Trainer(long seed) {
        this.seed = seed;
    }

    private static int[] radix() {
        var fields = Field.values();
        int[] radix = new int[fields.length];
        int product = 1;
        for (int i = fields.length - 1; i >= 0; i--) {
            radix[i] = product;
            product *= fields[i].levelCount();
        }
        return radix;
    }

    static int patterns() {
        return RADIX[0] * Field.values()[0].levelCount();
    }

    static int encode(int[] levels) {
        int code = 0;
        for (int i = 0; i < levels.length; i++) {
            code += levels[i] * RADIX[i];
        }
        return code;
    }

    static int level(int pattern, int field) {
        return pattern / RADIX[field] % Field.values()[field].levelCount();
    }

    /**
     * The EM sessions, as Splink runs them: each over the pairs one blocking rule finds, estimating
     * m only for the fields that rule does not block on (within its blocks those fields agree by
     * construction and say nothing). A field's m is the mean over the sessions that estimate it.
     * Names and date of birth are learnt among pairs sharing a permanent UPN; UPN among pairs
     * sharing a date of birth and surname. A third session over forename, surname and birth year
     * was dropped: with u fixed, nothing outside its block keys separated matches from namesakes
     * born the same year, and it learnt that two different permanent UPNs are usual in a match.
     */
    static final Map<BlockingRule, Set<Field>> SESSIONS = Map.of(
            BlockingRule.SAME_UPN, EnumSet.of(Field.UPN),
            BlockingRule.DOB_AND_SURNAME_SOUND, EnumSet.of(Field.DATE_OF_BIRTH, Field.SURNAME));


    /** Trains on one file (to deduplicate it) or two (to link them). */
    public Model train(List<StandardRecord> left, List<StandardRecord> right, boolean dedupe, String version) {
        var deterministic = new AtomicLong();
        long candidates = Linker.forEachCandidate(left, new BlockingIndex(right), dedupe, (i, j, levels, rule) -> {
            if (isDeterministicMatch(levels)) {
                deterministic.incrementAndGet();
            }
        });
        double allPairs = dedupe ? (double) left.size() * (left.size() - 1) / 2 : (double) left.size() * right.size();
        double expectedMatches = Math.max(1, deterministic.get() / DETERMINISTIC_RECALL);
        double[][] u = randomPairU(left, right);
        double[][] mSum = zeros();
        int[] sessions = new int[Field.values().length];
        for (var session : SESSIONS.entrySet()) {
            var counts = new AtomicLongArray(patterns());
            long pairs = Linker.forEachCandidate(left, new BlockingIndex(right, EnumSet.of(session.getKey())), dedupe,
                    (i, j, levels, rule) -> counts.incrementAndGet(encode(levels)));
            if (pairs == 0) {
                continue;
            }
            double[][] m = expectationMaximisation(counts, u, Math.min(0.9, expectedMatches / pairs),
                    session.getValue());
            for (Field field : Field.values()) {
                if (!session.getValue().contains(field)) {
                    for (int level = 1; level < field.levelCount(); level++) {
                        mSum[field.ordinal()][level] += m[field.ordinal()][level];
                    }
                    sessions[field.ordinal()]++;
                }
            }
        }
        double[][] m = zeros();
        for (Field field : Field.values()) {
            for (int level = 1; level < field.levelCount(); level++) {
                m[field.ordinal()][level] = sessions[field.ordinal()] == 0 ? 1.0 / (field.levelCount() - 1)
                        : Math.max(FLOOR, mSum[field.ordinal()][level] / sessions[field.ordinal()]);
            }
            m[field.ordinal()][0] = 1;
        }
        double prior = expectedMatches / allPairs;
        var frequencies = termFrequencies(left, right, dedupe);
        return new Model(version, m, u, prior, frequencies, 20, 8,
                (dedupe ? "dedupe of " + left.size() : left.size() + " x " + right.size()) + " records, "
                        + candidates + " candidate pairs");
    }

    /** Pairs that only the same child would make: same permanent UPN and date of birth, or every identifier equal. */
    static boolean isDeterministicMatch(int[] levels) {
        boolean dob = levels[Field.DATE_OF_BIRTH.ordinal()] == Comparator.DOB_EXACT;
        boolean upn = levels[Field.UPN.ordinal()] == Comparator.UPN_SAME;
        boolean names = levels[Field.FORENAME.ordinal()] == Comparator.FORENAME_EXACT
                && levels[Field.SURNAME.ordinal()] == Comparator.SURNAME_EXACT;
        return dob && (upn || names && levels[Field.POSTCODE.ordinal()] == Comparator.POSTCODE_SAME);
    }

    private double[][] randomPairU(List<StandardRecord> left, List<StandardRecord> right) {
        var random = new Random(seed);
        var comparator = new Comparator();
        double[][] counts = zeros();
        for (int n = 0; n < RANDOM_PAIRS; n++) {
            var a = left.get(random.nextInt(left.size()));
            var b = right.get(random.nextInt(right.size()));
            if (a == b) {
                continue;
            }
            int[] levels = comparator.compare(a, b);
            for (int f = 0; f < levels.length; f++) {
                counts[f][levels[f]]++;
            }
        }
        return normalise(counts, true);
    }

    /**
     * EM for m and the share of matches, with u held at its random-pair estimate (as Splink does
     * by default). Letting u float as well failed on blocks that are nearly all matches, such as
     * the same-UPN block: the near-empty non-match class absorbed every rare pattern, so names
     * swapped between fields came out as evidence against a match. Starts from "agreement is
     * likely among matches".
     */
    static double[][] expectationMaximisation(AtomicLongArray counts, double[][] u, double initialLambda,
            Set<Field> excluded) {
        var fields = Field.values();
        double[][] m = zeros();
        for (Field field : fields) {
            int n = field.levelCount();
            for (int level = 1; level < n; level++) {
                m[field.ordinal()][level] = level == 1 ? 0.8 : 0.2 / (n - 2);
            }
        }
        double lambda = initialLambda;
        int patterns = counts.length();
        for (int iteration = 0; iteration < 60; iteration++) {
            double[][] mNext = zeros();
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns; p++) {
                long count = counts.get(p);
                if (count == 0) {
                    continue;
                }
                double pm = lambda;
                double pu = 1 - lambda;
                for (int f = 0; f < fields.length; f++) {
                    int level = level(p, f);
                    if (level > 0 && !excluded.contains(fields[f])) {
                        pm *= m[f][level];
                        pu *= u[f][level];
                    }
                }
                double posterior = pm / (pm + pu);
                matches += posterior * count;
                total += count;
                for (int f = 0; f < fields.length; f++) {
                    mNext[f][level(p, f)] += posterior * count;
                }
            }
            lambda = matches / total;
            m = normalise(mNext, true);
        }
        return m;
    }

    private static double[][] zeros() {
        var fields = Field.values();
        double[][] a = new double[fields.length][];
        for (Field field : fields) {
            a[field.ordinal()] = new double[field.levelCount()];
        }
        return a;
    }

    /** Probabilities over the non-missing levels, each at least a small floor so no level is impossible. */
    private static double[][] normalise(double[][] counts, boolean floor) {
        double[][] p = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            p[f] = new double[counts[f].length];
            double sum = 0;
            for (int level = 1; level < counts[f].length; level++) {
                sum += counts[f][level];
            }
            for (int level = 1; level < counts[f].length; level++) {
                double value = sum == 0 ? 1.0 / (counts[f].length - 1) : counts[f][level] / sum;
                p[f][level] = floor ? Math.max(value, FLOOR) : value;
            }
            p[f][0] = 1;
        }
        return p;
    }

    static Map<String, Map<String, Double>> termFrequencies(List<StandardRecord> left, List<StandardRecord> right,
            boolean dedupe) {
        var result = new HashMap<String, Map<String, Double>>();
        for (Field field : List.of(Field.FORENAME, Field.SURNAME, Field.DATE_OF_BIRTH)) {
            var counts = new HashMap<String, Integer>();
            int total = 0;
            for (var side : dedupe ? List.of(left) : List.of(left, right)) {
                for (var r : side) {
                    String value = Scorer.value(field, r);
                    if (value != null) {
                        counts.merge(value, 1, Integer::sum);
                        total++;
                    }
                }
            }
            var frequencies = new HashMap<String, Double>();
            int all = Math.max(1, total);
            counts.forEach((value, count) -> {
                if (count >= MIN_TERM_COUNT) {
                    frequencies.put(value, (double) count / all);
                }
            });
            frequencies.put("", (double) MIN_TERM_COUNT / 2 / all);
            result.put(field.name(), frequencies);
        }
        return result;
    }

}
