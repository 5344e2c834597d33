package org.rejoin.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of one side indexed by every blocking rule's keys, so that the candidates of a
 * record are a few hash lookups away. Built once; read by many threads.
 */
public final class BlockingIndex {

    private final List<StandardRecord> records;
    private final Map<BlockingRule, Map<String, int[]>> byRule = new EnumMap<>(BlockingRule.class);

    public BlockingIndex(List<StandardRecord> records) {
        this(records, EnumSet.allOf(BlockingRule.class));
    }

    /** An index by some rules only (training estimates m one rule at a time). */
    public BlockingIndex(List<StandardRecord> records, Set<BlockingRule> rules) {
        this.records = records;
        for (BlockingRule rule : rules) {
            var growing = new HashMap<String, List<Integer>>();
            for (int i = 0; i < records.size(); i++) {
                for (String key : rule.indexKeys(records.get(i))) {
                    growing.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
            var frozen = new HashMap<String, int[]>(growing.size() * 2);
            growing.forEach((key, list) -> frozen.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
            byRule.put(rule, frozen);
        }
    }

    public List<StandardRecord> records() {
        return records;
    }

    /**
     * Calls back once for each indexed record that shares a key with the probe, with the first
     * rule (in declaration order) that found it.
     */
    public void candidates(StandardRecord probe, CandidateConsumer consumer) {
        int[] seen = new int[16];
        int count = 0;
        for (var entry : byRule.entrySet()) {
            var rule = entry.getKey();
            var index = entry.getValue();
            for (String key : rule.probeKeys(probe)) {
                int[] hits = index.get(key);
                if (hits == null) {
                    continue;
                }
                for (int hit : hits) {
                    boolean already = false;
                    for (int k = 0; k < count; k++) {
                        if (seen[k] == hit) {
                            already = true;
                            break;
                        }
                    }
                    if (already) {
                        continue;
                    }
                    if (count == seen.length) {
                        seen = Arrays.copyOf(seen, count * 2);
                    }
                    seen[count++] = hit;
                    consumer.accept(hit, rule);
                }
            }
        }
    }

    @FunctionalInterface
    public interface CandidateConsumer {
        void accept(int index, BlockingRule rule);
    }
}
