package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges of child records, and the pointer from a merged record to the one kept: SQL and row mapping only. */
@Repository
class JdbcMergeRows {

    /** A merge as stored, its children by id. */
    record MergeRow(UUID id, UUID survivor, UUID merged, Instant mergedAt, String mergedBy, String reason, Instant undoneAt,
            String undoneBy) {
    }

    private final JdbcClient jdbc;

    JdbcMergeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks two child records for a merge and says which record each is merged into: a child found with no entry is
     * not merged; a child not found is absent from the map.
     */
    Map<UUID, Optional<UUID>> lockForMerge(UUID first, UUID second) {
        var states = new HashMap<UUID, Optional<UUID>>();
        jdbc.sql("select id, merged_into from child where id in (?, ?) for update").params(first, second)
                .query(rs -> {
                    states.put(rs.getObject("id", UUID.class), Optional.ofNullable(rs.getObject("merged_into", UUID.class)));
                });
        return states;
    }

    /** Points a record, and every record already merged into it, at the one kept. */
    void pointAt(UUID survivorId, UUID mergedId) {
        jdbc.sql("update child set merged_into = ?, version = version + 1 where id = ?").params(survivorId, mergedId).update();
        jdbc.sql("update child set merged_into = ?, version = version + 1 where merged_into = ?").params(survivorId, mergedId)
                .update();
    }

    void insert(MergeRow m) {
        jdbc.sql("""
                insert into child_merge (id, survivor_id, merged_id, merged_at, merged_by, reason)
                values (?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.survivor(), m.merged(), Timestamp.from(m.mergedAt()), m.mergedBy(), m.reason()).update();
    }

    /** Points a merged record back at nothing, only if it still points at the survivor. */
    void unpoint(UUID mergedId, UUID survivorId) {
        jdbc.sql("update child set merged_into = null, version = version + 1 where id = ? and merged_into = ?")
                .params(mergedId, survivorId).update();
    }

    void markUndone(UUID mergeId, Instant at, String by) {
        jdbc.sql("update child_merge set undone_at = ?, undone_by = ? where id = ?")
                .params(Timestamp.from(at), by, mergeId).update();
    }

    Optional<MergeRow> find(UUID mergeId) {
        return jdbc.sql("select * from child_merge where id = ?").param(mergeId).query(JdbcMergeRows::row).optional();
    }

    /** The merges a child's record took part in, kept or merged, newest first. */
    List<MergeRow> of(UUID childId) {
        return jdbc.sql("select * from child_merge where survivor_id = ? or merged_id = ? order by merged_at desc")
                .params(childId, childId).query(JdbcMergeRows::row).list();
    }

    /** The records merged into a child's. */
    List<UUID> mergedInto(UUID childId) {
        return jdbc.sql("select id from child where merged_into = ?").param(childId).query(UUID.class).list();
    }

    private static MergeRow row(ResultSet rs, int n) throws SQLException {
        Timestamp undone = rs.getTimestamp("undone_at");
        return new MergeRow(rs.getObject("id", UUID.class), rs.getObject("survivor_id", UUID.class),
                rs.getObject("merged_id", UUID.class), rs.getTimestamp("merged_at").toInstant(), rs.getString("merged_by"),
                rs.getString("reason"), undone == null ? null : undone.toInstant(), rs.getString("undone_by"));
    }
}
