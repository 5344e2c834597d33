package org.rejoin.linkage;

import java.util.Set;

/** A compared pair: indexes into the two sides, its weight and band, the guards that fired and the rule that found it. */
public record ScoredPair(int left, int right, double weight, Band band, Set<Guard> guards, BlockingRule rule) {

    /** The pair sent to review with one more guard. */
    public ScoredPair heldBack(Guard guard) {
        var held = java.util.EnumSet.of(guard);
        held.addAll(guards);
        return new ScoredPair(left, right, weight, Band.REVIEW, held, rule);
    }

    public double probability() {
        return Scorer.probability(weight);
    }
}
