package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcChildMerges implements ChildMerges {

    private final JdbcClient jdbc;
    private final ChildQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    JdbcChildMerges(JdbcClient jdbc, ChildQueries queries, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public ChildMerge merge(UUID survivorId, UUID mergedId, String reason, RejoinUser user) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter the reason for merging these records");
        }
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException("survivorId", "A record cannot be merged into itself");
        }
        var states = jdbc.sql("select id, merged_into from child where id in (?, ?) for update")
                .params(survivorId, mergedId).query((rs, row) -> new UUID[] {rs.getObject("id", UUID.class),
                        rs.getObject("merged_into", UUID.class)}).list();
        if (states.size() != 2) {
            throw new NotFoundException("No child " + (states.stream().anyMatch(s -> s[0].equals(survivorId)) ? mergedId : survivorId));
        }
        for (UUID[] state : states) {
            if (state[1] != null) {
                throw new InvalidInputException("mergedId", "One of these records has already been merged into another");
            }
        }
        var id = UUID.randomUUID();
        jdbc.sql("update child set merged_into = ?, version = version + 1 where id = ?").params(survivorId, mergedId).update();
        // Records merged into the one now merged follow it to the survivor.
        jdbc.sql("update child set merged_into = ?, version = version + 1 where merged_into = ?").params(survivorId, mergedId)
                .update();
        jdbc.sql("""
                insert into child_merge (id, survivor_id, merged_id, merged_at, merged_by, reason)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, survivorId, mergedId, Timestamp.from(clock.instant()), user.username(), reason.trim()).update();
        audit.record(user, AuditAction.CHILD_MERGED, survivorId, "kept; merged " + mergedId + ": " + reason.trim(),
                List.of(new FieldChange("mergedRecords", null, mergedId.toString())));
        audit.record(user, AuditAction.CHILD_MERGED, mergedId, "merged into " + survivorId + ": " + reason.trim(),
                List.of(new FieldChange("mergedInto", null, survivorId.toString())));
        return get(id);
    }

    @Override
    @LaManagers
    public ChildMerge undo(UUID mergeId, RejoinUser user) {
        var merge = get(mergeId);
        if (!merge.isActive()) {
            throw new InvalidInputException("mergeId", "This merge has already been undone");
        }
        jdbc.sql("update child set merged_into = null, version = version + 1 where id = ? and merged_into = ?")
                .params(merge.merged().id(), merge.survivor().id()).update();
        jdbc.sql("update child_merge set undone_at = ?, undone_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), user.username(), mergeId).update();
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
        return merges(jdbc.sql("select * from child_merge where survivor_id = ? or merged_id = ? order by merged_at desc")
                .params(childId, childId).query(JdbcChildMerges::row).list());
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> recordsOf(UUID childId) {
        var ids = new ArrayList<UUID>();
        ids.add(childId);
        ids.addAll(jdbc.sql("select id from child where merged_into = ?").param(childId).query(UUID.class).list());
        return ids;
    }

    private ChildMerge get(UUID id) {
        return merges(jdbc.sql("select * from child_merge where id = ?").param(id).query(JdbcChildMerges::row).list())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("No merge " + id));
    }

    private record Row(UUID id, UUID survivor, UUID merged, java.time.Instant mergedAt, String mergedBy, String reason,
            java.time.Instant undoneAt, String undoneBy) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getTimestamp("merged_at").toInstant(), rs.getString("merged_by"),
                rs.getString("reason"), undone == null ? null : undone.toInstant(), rs.getString("undone_by"));
    }

    private List<ChildMerge> merges(List<Row> rows) {
        var ids = new HashSet<UUID>();
        rows.forEach(r -> {
            ids.add(r.survivor());
            ids.add(r.merged());
        });
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        queries.summaries(ids, ChildQueries.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        return rows.stream().map(r -> new ChildMerge(r.id(), summaries.get(r.survivor()), summaries.get(r.merged()),
                r.mergedAt(), r.mergedBy(), r.reason(), r.undoneAt(), r.undoneBy())).toList();
    }
}
