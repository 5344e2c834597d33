package org.rejoin.children.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.linkage.Band;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Explanation;
import org.rejoin.linkage.Guard;
import org.rejoin.linkage.Linker;
import org.rejoin.platform.LaStaff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a child against the register with the matching engine: the register records that share
 * a kind of blocking key with the child ({@link RegisterRecords}), paired by the engine's own
 * blocking, best explanation per child; plus any record already carrying the same UPN.
 */
@Service
@Transactional(readOnly = true)
class EngineChildMatcher implements ChildMatcher {

    private final RegisterRecords register;
    private final JdbcSummaryRows queries;

    EngineChildMatcher(RegisterRecords register, JdbcSummaryRows queries) {
        this.register = register;
        this.queries = queries;
    }

    @Override
    @LaStaff
    public List<PossibleDuplicate> candidates(ChildDetails details, RejoinUser user) {
        var probe = register.probe(details);
        var candidates = register.sharingKeysWith(details);
        var records = candidates.stream().map(RegisterRecords.Tagged::record).toList();
        Map<UUID, Explanation> best = new HashMap<>();
        new BlockingIndex(records).candidates(probe, (i, rule) -> {
            var explanation = register.scorer().explain(probe, records.get(i), rule);
            best.merge(candidates.get(i).childId(), explanation, (a, b) -> a.totalWeight() >= b.totalWeight() ? a : b);
        });
        Map<UUID, PossibleDuplicate> found = new LinkedHashMap<>();
        var summaries = new HashMap<UUID, ChildSummary>();
        queries.summaries(best.keySet(), JdbcSummaryRows.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        best.entrySet().stream().filter(e -> e.getValue().band() != Band.NON_MATCH)
                .sorted(Comparator.comparingDouble((Map.Entry<UUID, Explanation> e) -> e.getValue().totalWeight()).reversed())
                .forEach(e -> found.put(e.getKey(), new PossibleDuplicate(summaries.get(e.getKey()), e.getValue(), List.of())));
        if (details.upn() != null) {
            for (var child : queries.withUpn(details.upn())) {
                found.merge(child.id(), new PossibleDuplicate(child, null, List.of("UPN " + details.upn() + " is already on this record")),
                        (a, b) -> new PossibleDuplicate(a.child(), a.explanation(), b.reasons()));
            }
        }
        return List.copyOf(found.values());
    }

    @Override
    @LaStaff
    public List<BatchMatch> matchAll(List<ChildDetails> records, RejoinUser user) {
        var left = records.stream().map(register::probe).toList();
        var tagged = register.all();
        var right = tagged.stream().map(RegisterRecords.Tagged::record).toList();
        var result = Linker.link(left, new BlockingIndex(right), false, register.scorer());
        var certain = new HashMap<Integer, UUID>();
        var possible = new HashMap<Integer, LinkedHashSet<UUID>>();
        // A child known by several names is several register records, so the engine's one-to-one rule
        // may hold back their automatic matches as ambiguous: they are still one child.
        var strong = new HashMap<Integer, Set<UUID>>();
        for (var pair : result.pairs()) {
            UUID child = tagged.get(pair.right()).childId();
            boolean automatic = pair.band() == Band.MATCH
                    || pair.guards().equals(EnumSet.of(Guard.AMBIGUOUS));
            if (automatic) {
                strong.computeIfAbsent(pair.left(), k -> new HashSet<>()).add(child);
            }
            else {
                possible.computeIfAbsent(pair.left(), k -> new LinkedHashSet<>()).add(child);
            }
        }
        strong.forEach((row, children) -> {
            if (children.size() == 1) {
                certain.put(row, children.iterator().next());
            }
            else {
                possible.computeIfAbsent(row, k -> new LinkedHashSet<>()).addAll(children);
            }
        });
        var matches = new ArrayList<BatchMatch>(records.size());
        for (int i = 0; i < records.size(); i++) {
            UUID child = certain.get(i);
            var maybe = possible.getOrDefault(i, new LinkedHashSet<>());
            if (child != null) {
                maybe.remove(child);
            }
            matches.add(new BatchMatch(child, List.copyOf(maybe)));
        }
        return matches;
    }
}
