package org.rejoin.linkage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a linkage did against the truth (ADR 10, "Honest accuracy"): precision of the
 * match band, recall of match and review together, pairs completeness of blocking, reduction
 * ratio, and review volume per 1,000 records.
 */
public record Evaluation(long truePairs, long matchPairs, long matchTrue, long reviewPairs, long reviewTrue,
        long blockedTrue, long compared, double allPairs, long records) {

    public static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xffffffffL);
    }

    public static Evaluation of(List<ScoredPair> pairs, Set<Long> truth, long blockedTrue, long compared,
            double allPairs, long records) {
        Map<Band, long[]> counts = new EnumMap<>(Band.class);
        for (var pair : pairs) {
            var c = counts.computeIfAbsent(pair.band(), b -> new long[2]);
            c[0]++;
            if (truth.contains(key(pair.left(), pair.right()))) {
                c[1]++;
            }
        }
        long[] match = counts.getOrDefault(Band.MATCH, new long[2]);
        long[] review = counts.getOrDefault(Band.REVIEW, new long[2]);
        return new Evaluation(truth.size(), match[0], match[1], review[0], review[1], blockedTrue, compared, allPairs,
                records);
    }

    public double matchPrecision() {
        return matchPairs == 0 ? 1 : (double) matchTrue / matchPairs;
    }

    public double matchRecall() {
        return truePairs == 0 ? 1 : (double) matchTrue / truePairs;
    }

    public double reviewPrecision() {
        return reviewPairs == 0 ? 1 : (double) reviewTrue / reviewPairs;
    }

    /** Recall of match and review together: true pairs that reach at least a person. */
    public double recall() {
        return truePairs == 0 ? 1 : (double) (matchTrue + reviewTrue) / truePairs;
    }

    public double pairsCompleteness() {
        return truePairs == 0 ? 1 : (double) blockedTrue / truePairs;
    }

    public double reductionRatio() {
        return 1 - compared / allPairs;
    }

    public double reviewPer1000Records() {
        return 1000.0 * reviewPairs / records;
    }

    public String report() {
        return String.format("""
                true pairs                %,d
                match band                %,d pairs, precision %.4f%%, recall %.4f%%
                review band               %,d pairs, precision %.2f%%
                recall (match + review)   %.4f%%
                pairs completeness        %.4f%% (true pairs found by blocking)
                reduction ratio           %.6f%% (%,d pairs compared of %,.0f)
                review volume             %.1f per 1,000 records (%.2f%% of records)
                """, truePairs, matchPairs, 100 * matchPrecision(), 100 * matchRecall(), reviewPairs,
                100 * reviewPrecision(), 100 * recall(), 100 * pairsCompleteness(), 100 * reductionRatio(), compared,
                allPairs, reviewPer1000Records(), reviewPer1000Records() / 10);
    }
}
