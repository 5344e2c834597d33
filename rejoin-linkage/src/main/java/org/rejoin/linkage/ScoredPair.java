package org.rejoin.linkage;

import java.util.Set;

/** A compared pair: indexes into the two sides, its weight and band, the guards that fired and the rule that found it. */
public record ScoredPair(int left, int right, double weight, Band band, Set<Guard> guards, BlockingRule rule) {

    public double probability() {
        return Scorer.probability(weight);
    }
}
