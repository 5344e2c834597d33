package org.rejoin.linkage.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.rejoin.linkage.Band;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Evaluation;
import org.rejoin.linkage.Linker;
import org.rejoin.linkage.Models;
import org.rejoin.linkage.ScoredPair;
import org.rejoin.linkage.Scorer;
import org.rejoin.linkage.Standardiser;
import org.rejoin.linkage.StandardRecord;
import org.rejoin.linkage.synthetic.SyntheticPopulation;

/**
 * Links a held-out synthetic population of N against N with the standard model and prints wall
 * time, pairs compared and peak heap, beside a naive baseline measured in the same run (the same
 * blocking with exact comparison of forename, surname and date of birth); then the accuracy per
 * band, for twins and for transliterated names; then incremental scoring latency against the
 * right side as a register.
 */
final class Bench {

    private final PrintStream out;
    private final Standardiser standardiser;

    Bench(PrintStream out, Standardiser standardiser) {
        this.out = out;
        this.standardiser = standardiser;
    }

    int run(int size, long seed) {
        long t0 = System.nanoTime();
        var population = new SyntheticPopulation(seed, size, 0.8);
        out.printf("generated %,d + %,d records (seed %d) in %.1f s%n", size, size, seed, seconds(t0));

        resetPeaks();
        long t1 = System.nanoTime();
        var linker = new Linker(standardiser);
        List<StandardRecord> left = linker.standardise(population.left);
        List<StandardRecord> right = linker.standardise(population.right);
        var index = new BlockingIndex(right);
        double prepare = seconds(t1);
        out.printf("standardised and indexed in %.1f s%n", prepare);

        resetPeaks();
        long t2 = System.nanoTime();
        var exact = new AtomicLong();
        var baselineCounted = new AtomicLong();
        java.util.stream.IntStream.range(0, left.size()).parallel().forEach(i -> {
            var a = left.get(i);
            index.candidates(a, (j, rule) -> {
                baselineCounted.incrementAndGet();
                var b = right.get(j);
                if (a.forename() != null && a.forename().equals(b.forename()) && a.surname() != null
                        && a.surname().equals(b.surname()) && a.dateOfBirth() != null
                        && a.dateOfBirth().equals(b.dateOfBirth())) {
                    exact.incrementAndGet();
                }
            });
        });
        long baselineCompared = baselineCounted.get();
        double baselineSeconds = seconds(t2);
        long baselineHeap = peakHeap();

        resetPeaks();
        long t3 = System.nanoTime();
        var scorer = new Scorer(Models.standard());
        var result = Linker.link(left, index, false, scorer);
        double linkSeconds = seconds(t3) + prepare;
        long linkHeap = peakHeap();

        out.println();
        out.println("                         full link (Fellegi-Sunter)   baseline (blocking, exact compare)");
        out.printf("wall time                %,10.1f s %26.1f s%n", linkSeconds, baselineSeconds + prepare);
        out.printf("pairs compared           %,12d %,28d%n", result.compared(), baselineCompared);
        out.printf("peak heap                %,9d MB %,25d MB%n", linkHeap >> 20, baselineHeap >> 20);
        out.printf("pairs linked             %,12d %,28d%n", result.pairs().size(), exact.get());

        report(seed, population, left, right, index, result);
        incremental(left, index, scorer);
        return 0;
    }

    private void report(long seed, SyntheticPopulation population, List<StandardRecord> left, List<StandardRecord> right,
            BlockingIndex index, Linker.Result result) {
        Map<String, Integer> leftIndex = indexOf(left);
        Map<String, Integer> rightIndex = indexOf(right);
        Set<Long> truth = new HashSet<>();
        Set<Long> transliterated = new HashSet<>();
        for (var pair : population.truth) {
            long key = Evaluation.key(leftIndex.get(pair.leftId()), rightIndex.get(pair.rightId()));
            truth.add(key);
            if (pair.transliterated()) {
                transliterated.add(key);
            }
        }
        var blocked = new AtomicLong();
        Linker.forEachCandidate(left, index, false, (i, j, levels, rule) -> {
            if (truth.contains(Evaluation.key(i, j))) {
                blocked.incrementAndGet();
            }
        });
        var evaluation = Evaluation.of(result.pairs(), truth, blocked.get(), result.compared(),
                (double) left.size() * right.size(), left.size() + right.size());
        out.println();
        out.println(seed == SyntheticPopulation.HELD_OUT
                ? "accuracy on the held-out set (thresholds fixed on the calibration set)"
                : "accuracy on seed " + seed + ", not the held-out set (" + SyntheticPopulation.HELD_OUT
                        + "): for development only");
        out.print(evaluation.report());

        Map<Long, ScoredPair> byKey = new HashMap<>();
        result.pairs().forEach(p -> byKey.put(Evaluation.key(p.left(), p.right()), p));
        long twinMatch = 0;
        long twinReview = 0;
        for (var twin : population.twins) {
            var pair = byKey.get(Evaluation.key(leftIndex.get(twin.leftId()), rightIndex.get(twin.rightId())));
            if (pair != null && pair.band() == Band.MATCH) {
                twinMatch++;
            }
            else if (pair != null) {
                twinReview++;
            }
        }
        out.printf("twins                     %,d twin pairs across the files: %d auto-matched, %d sent to review%n",
                population.twins.size(), twinMatch, twinReview);
        long tMatch = transliterated.stream().filter(k -> byKey.containsKey(k) && byKey.get(k).band() == Band.MATCH).count();
        long tReview = transliterated.stream().filter(k -> byKey.containsKey(k) && byKey.get(k).band() == Band.REVIEW).count();
        out.printf("transliterated names      %,d true pairs: %.2f%% matched, %.2f%% in review, recall %.2f%%%n",
                transliterated.size(), 100.0 * tMatch / transliterated.size(), 100.0 * tReview / transliterated.size(),
                100.0 * (tMatch + tReview) / transliterated.size());
    }

    private void incremental(List<StandardRecord> probes, BlockingIndex register, Scorer scorer) {
        int n = Math.min(5000, probes.size());
        long[] nanos = new long[n];
        for (int warm = 0; warm < 2; warm++) {
            for (int k = 0; k < n; k++) {
                var probe = probes.get(k);
                long start = System.nanoTime();
                var best = new double[] {Double.NEGATIVE_INFINITY};
                register.candidates(probe, (j, rule) -> best[0] = Math.max(best[0],
                        scorer.score(-1, j, probe, register.records().get(j), rule).weight()));
                nanos[k] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        out.printf("%nincremental: one record against a %,d-record register, %,d records: p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                register.records().size(), n, nanos[n / 2] / 1e6, nanos[(int) (n * 0.99)] / 1e6, nanos[n - 1] / 1e6);
    }

    private static Map<String, Integer> indexOf(List<StandardRecord> records) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            map.put(records.get(i).id(), i);
        }
        return map;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
