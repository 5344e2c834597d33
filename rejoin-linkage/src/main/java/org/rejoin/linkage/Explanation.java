package org.rejoin.linkage;

import java.util.List;

/**
 * Why two records were scored as they were, for the caseworker (ADR 10, "Explanation").
 *
 * @param priorWeight log2 of the prior odds that two records match
 * @param fields each field's two values, its level in plain words and its weight
 * @param guards the guards that held the pair back from an automatic match
 */
public record Explanation(String leftId, String rightId, double priorWeight, List<FieldEvidence> fields,
        double totalWeight, double probability, Band band, List<Guard> guards, BlockingRule blockingRule,
        String modelVersion) {

    /** One field's evidence. */
    public record FieldEvidence(Field field, String left, String right, int level, String levelName, double weight,
            double termFrequencyAdjustment) {
    }
}
