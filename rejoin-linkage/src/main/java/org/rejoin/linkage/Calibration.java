package org.rejoin.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Chooses the two thresholds on a labelled calibration set, never on the test set (ADR 10):
 * the match threshold is the lowest weight above which auto-matches keep the target precision,
 * with a margin; the review threshold the highest weight below which so few true pairs remain
 * that recall keeps its target.
 */
public final class Calibration {

    /** Precision the calibration aims for, above the 99.9% the held-out set must show. */
    public static final double TARGET_PRECISION = 0.9997;
    /** Recall of the pairs blocking finds that the match and review bands together must keep. */
    public static final double TARGET_RECALL = 0.998;
    /** Weight added to the match threshold found, so that a new data set has room to differ. */
    public static final double MARGIN = 0.5;

    private Calibration() {
    }

    private record Labelled(double weight, boolean truth, boolean guarded) {
    }

    /** Scores every candidate pair of a labelled set and returns the model with thresholds chosen on it. */
    public static Model calibrate(Model model, List<StandardRecord> left, List<StandardRecord> right, boolean dedupe,
            Set<Long> truePairs) {
        var scorer = new Scorer(model);
        var index = new BlockingIndex(right);
        var labelled = Collections.synchronizedList(new ArrayList<Labelled>());
        Linker.forEachCandidate(left, index, dedupe, (i, j, levels, rule) -> {
            var a = left.get(i);
            var b = right.get(j);
            double weight = scorer.weight(levels, a, b);
            var guards = scorer.guards(levels, a, b);
            if (scorer.band(levels, Double.POSITIVE_INFINITY, guards) == Band.NON_MATCH) {
                weight = Double.NEGATIVE_INFINITY;
            }
            labelled.add(new Labelled(weight, truePairs.contains(Evaluation.key(i, j)), !guards.isEmpty()));
        });
        var sorted = new ArrayList<>(labelled);
        sorted.sort(java.util.Comparator.comparingDouble(Labelled::weight).reversed());
        double match = lowestPreciseWeight(sorted);
        double review = weightAtRecall(sorted);
        double matchThreshold = match + MARGIN;
        return model.withThresholds(matchThreshold, Math.min(review, matchThreshold));
    }

    /** The lowest weight above which unguarded pairs still meet the target precision. */
    private static double lowestPreciseWeight(List<Labelled> sorted) {
        double match = Double.POSITIVE_INFINITY;
        long tp = 0;
        long fp = 0;
        for (var pair : sorted) {
            if (pair.guarded()) {
                continue;
            }
            if (pair.truth()) {
                tp++;
            }
            else {
                fp++;
            }
            if ((double) tp / (tp + fp) >= TARGET_PRECISION) {
                match = pair.weight();
            }
            else if (tp + fp > 100) {
                break;
            }
        }
        return match;
    }

    /** The weight at which the pairs above it hold the target share of all true pairs. */
    private static double weightAtRecall(List<Labelled> sorted) {
        long truths = sorted.stream().filter(Labelled::truth).count();
        long found = 0;
        for (var pair : sorted) {
            if (pair.truth()) {
                found++;
            }
            if (found >= Math.ceil(truths * TARGET_RECALL)) {
                return pair.weight();
            }
        }
        return Double.NEGATIVE_INFINITY;
    }
}
