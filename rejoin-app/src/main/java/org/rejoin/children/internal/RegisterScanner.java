package org.rejoin.children.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.children.RegisterScan;
import org.rejoin.children.RegisterScans;
import org.rejoin.linkage.Band;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Explanation;
import org.rejoin.linkage.Linker;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Runs register scans in the background: loads every child (one record per name they go by),
 * links the register against itself with the engine, and queues each pair of different children
 * in the match or review band. Progress is kept in {@code register_scan}.
 */
@Service
class RegisterScanner implements RegisterScans {

    private static final Logger log = LoggerFactory.getLogger(RegisterScanner.class);

    private final JdbcScanRows rows;
    private final RegisterRecords register;
    private final JdbcSummaryRows queries;
    private final MatchReviewService reviews;
    private final AuditLog audit;
    private final TaskExecutor executor;
    private final Clock clock;

    RegisterScanner(JdbcScanRows rows, RegisterRecords register, JdbcSummaryRows queries, MatchReviewService reviews,
            AuditLog audit, @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.rows = rows;
        this.register = register;
        this.queries = queries;
        this.reviews = reviews;
        this.audit = audit;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    @LaAdmin
    public RegisterScan start(RejoinUser user) {
        var id = UUID.randomUUID();
        try {
            rows.start(id, clock.instant(), user.username());
        }
        catch (DuplicateKeyException e) {
            throw new InvalidInputException("scan", "A scan of the register is already running: wait for it to finish");
        }
        audit.record(user, AuditAction.REGISTER_SCANNED, null, "scan " + id, List.of());
        executor.execute(() -> SystemAuthentication.run(user, () -> {
            run(id, user);
            return null;
        }));
        return rows.find(id).orElseThrow();
    }

    @Override
    @LaStaff
    public Optional<RegisterScan> latest(RejoinUser user) {
        return rows.latest();
    }

    private void run(UUID id, RejoinUser user) {
        try {
            var tagged = register.all();
            var records = tagged.stream().map(RegisterRecords.Tagged::record).toList();
            var childOf = tagged.stream().map(RegisterRecords.Tagged::childId).toList();
            var childOfRecord = new HashMap<String, UUID>();
            tagged.forEach(t -> childOfRecord.put(t.record().id(), t.childId()));
            rows.progress(id, "COMPARING", records.size(), 0, 0, 0);
            Map<List<UUID>, Explanation> best = new ConcurrentHashMap<>();
            long compared = Linker.forEachCandidate(records, new BlockingIndex(records), true, (i, j, levels, rule) -> {
                UUID a = childOf.get(i);
                UUID b = childOf.get(j);
                if (a.equals(b)) {
                    return;
                }
                var first = records.get(i);
                var second = records.get(j);
                double weight = register.scorer().weight(levels, first, second);
                if (weight < register.scorer().model().reviewThreshold()) {
                    return;
                }
                var explanation = register.scorer().explain(first, second, rule);
                if (explanation.band() != Band.NON_MATCH) {
                    var key = a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a);
                    best.merge(key, explanation, (x, y) -> x.totalWeight() >= y.totalWeight() ? x : y);
                }
            });
            rows.progress(id, "QUEUEING", records.size(), compared, best.size(), 0);
            int raised = queue(id, best, childOfRecord, records.size(), compared, user);
            rows.done(id, records.size(), compared, best.size(), raised, clock.instant());
        }
        catch (RuntimeException e) {
            log.error("Register scan {} failed", id, e);
            rows.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }

    /** Queues each pair found for review, the strongest first; returns how many were new to the queue. */
    private int queue(UUID id, Map<List<UUID>, Explanation> best, Map<String, UUID> childOfRecord, int records,
            long compared, RejoinUser user) {
        var ids = new java.util.HashSet<UUID>();
        best.keySet().forEach(ids::addAll);
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        queries.summaries(ids, JdbcSummaryRows.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        int raised = 0;
        var pairs = new ArrayList<>(best.entrySet());
        pairs.sort(Comparator.comparingDouble((Map.Entry<List<UUID>, Explanation> e) -> e.getValue().totalWeight()).reversed());
        for (var pair : pairs) {
            // The explanation's left record is the one raised, its right the possible match.
            UUID child = childOfRecord.get(pair.getValue().leftId());
            UUID candidate = childOfRecord.get(pair.getValue().rightId());
            if (reviews.raise(child, new PossibleDuplicate(summaries.get(candidate), pair.getValue(), List.of()), "SCAN",
                    user)) {
                raised++;
            }
            if (raised % 200 == 0) {
                rows.progress(id, "QUEUEING", records, compared, best.size(), raised);
            }
        }
        return raised;
    }
}
