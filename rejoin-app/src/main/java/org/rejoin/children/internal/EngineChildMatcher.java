package org.rejoin.children.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.linkage.Band;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Explanation;

import org.springframework.security.access.prepost.PreAuthorize;
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
    private final ChildQueries queries;

    EngineChildMatcher(RegisterRecords register, ChildQueries queries) {
        this.register = register;
        this.queries = queries;
    }

    @Override
    @PreAuthorize("hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER')")
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
        queries.summaries(best.keySet(), ChildQueries.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
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
}
