package org.rejoin.children.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildMerge;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.internal.JdbcMergeRows.MergeRow;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges of two records of one child: the merged record points at the one kept, nothing is deleted, an LA manager can
 * undo a merge, and each step is audited on both children.
 */
@Service
@Transactional
class ChildMergeService implements ChildMerges {

    private final JdbcMergeRows rows;
    private final JdbcSummaryRows queries;
    private final AuditLog audit;
    private final Clock clock;

    ChildMergeService(JdbcMergeRows rows, JdbcSummaryRows queries, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public ChildMerge merge(UUID survivorId, UUID mergedId, String reason, RejoinUser user) {
        String why = MergeCheck.check(survivorId, mergedId, reason, rows.lockForMerge(survivorId, mergedId));
        var merge = new MergeRow(UUID.randomUUID(), survivorId, mergedId, clock.instant(), user.username(), why, null, null);
        rows.pointAt(survivorId, mergedId);
        rows.insert(merge);
        audit.record(user, AuditAction.CHILD_MERGED, survivorId, "kept; merged " + mergedId + ": " + why,
                List.of(new FieldChange("mergedRecords", null, mergedId.toString())));
        audit.record(user, AuditAction.CHILD_MERGED, mergedId, "merged into " + survivorId + ": " + why,
                List.of(new FieldChange("mergedInto", null, survivorId.toString())));
        return get(merge.id());
    }

    @Override
    @LaManagers
    public ChildMerge undo(UUID mergeId, RejoinUser user) {
        var merge = get(mergeId);
        if (!merge.isActive()) {
            throw new InvalidInputException("mergeId", "This merge has already been undone");
        }
        rows.unpoint(merge.merged().id(), merge.survivor().id());
        rows.markUndone(mergeId, clock.instant(), user.username());
        for (var child : List.of(merge.survivor(), merge.merged())) {
            audit.record(user, AuditAction.CHILD_MERGE_UNDONE, child.id(), "merge " + mergeId + " undone",
                    List.of(new FieldChange("mergedInto", merge.survivor().id().toString(), null)));
        }
        return get(mergeId);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<ChildMerge> of(UUID childId, RejoinUser user) {
        return merges(rows.of(childId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> recordsOf(UUID childId) {
        var ids = new ArrayList<UUID>();
        ids.add(childId);
        ids.addAll(rows.mergedInto(childId));
        return ids;
    }

    private ChildMerge get(UUID id) {
        return merges(rows.find(id).stream().toList()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No merge " + id));
    }

    /** Merges with their two children's summaries, read in one query. */
    private List<ChildMerge> merges(List<MergeRow> merges) {
        var ids = new HashSet<UUID>();
        merges.forEach(r -> {
            ids.add(r.survivor());
            ids.add(r.merged());
        });
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        queries.summaries(ids, JdbcSummaryRows.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        return merges.stream().map(r -> new ChildMerge(r.id(), summaries.get(r.survivor()), summaries.get(r.merged()),
                r.mergedAt(), r.mergedBy(), r.reason(), r.undoneAt(), r.undoneBy())).toList();
    }
}
