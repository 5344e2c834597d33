package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.children.MatchDecision;
import org.rejoin.linkage.Explanation;
import org.rejoin.platform.ResultPage.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Possible matches of two child records awaiting or given a decision: SQL and row mapping only. */
@Repository
class JdbcMatchReviewRows {

    /** A review as stored, before its children's summaries are filled in. */
    record ReviewRow(UUID id, UUID childId, UUID candidateId, Explanation explanation, String source, Instant raisedAt,
            String raisedBy, MatchDecision decision, Instant decidedAt, String decidedBy, String reason) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcMatchReviewRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the pair, either way round, has been raised before, open or decided. */
    boolean known(UUID childId, UUID candidateId) {
        return jdbc.sql("""
                select count(*) from match_review where least(child_id, candidate_id) = least(?, ?)
                and greatest(child_id, candidate_id) = greatest(?, ?)""")
                .params(childId, candidateId, childId, candidateId).query(Integer.class).single() > 0;
    }

    void insert(UUID childId, UUID candidateId, Explanation e, String source, Instant at, String by) {
        jdbc.sql("""
                insert into match_review (id, child_id, candidate_id, match_weight, probability, explanation, source,
                    raised_at, raised_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(UUID.randomUUID(), childId, candidateId, e.totalWeight(), e.probability(),
                        json.writeValueAsString(e), source, Timestamp.from(at), by)
                .update();
    }

    /** One page of the open reviews, strongest match first. */
    List<ReviewRow> open(PageRequest page) {
        return jdbc.sql("select * from match_review where decision is null order by match_weight desc, raised_at"
                + " limit ? offset ?").params(page.size(), page.offset()).query(this::row).list();
    }

    long openCount() {
        return jdbc.sql("select count(*) from match_review where decision is null").query(Long.class).single();
    }

    Optional<ReviewRow> find(UUID id) {
        return jdbc.sql("select * from match_review where id = ?").param(id).query(this::row).optional();
    }

    /** Records a decision on a review still open; false when it was decided first or does not exist. */
    boolean decide(UUID id, MatchDecision decision, String reason, Instant at, UUID userId, String username) {
        return jdbc.sql("""
                update match_review set decision = ?, decided_at = ?, decided_by_user_id = ?, decided_by = ?, reason = ?
                where id = ? and decision is null""")
                .params(decision.name(), Timestamp.from(at), userId, username, reason, id).update() == 1;
    }

    /** A child's open reviews and those decided as the same child, newest first. */
    List<ReviewRow> openOrSameChild(UUID childId) {
        return jdbc.sql("""
                select * from match_review where (child_id = ? or candidate_id = ?)
                and (decision is null or decision = 'SAME_CHILD') order by raised_at desc""")
                .params(childId, childId).query(this::row).list();
    }

    /** Every decided review, in the order decided. */
    List<ReviewRow> decided() {
        return jdbc.sql("select * from match_review where decision is not null order by decided_at, id")
                .query(this::row).list();
    }

    /** How many reviews each decision has, none missing. */
    Map<MatchDecision, Long> decisionCounts() {
        Map<MatchDecision, Long> counts = new EnumMap<>(MatchDecision.class);
        for (var decision : MatchDecision.values()) {
            counts.put(decision, 0L);
        }
        jdbc.sql("select decision, count(*) as n from match_review where decision is not null group by decision")
                .query((rs, n) -> counts.put(MatchDecision.valueOf(rs.getString("decision")), rs.getLong("n"))).list();
        return counts;
    }

    private ReviewRow row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ReviewRow(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("candidate_id", UUID.class), json.readValue(rs.getString("explanation"), Explanation.class),
                rs.getString("source"), rs.getTimestamp("raised_at").toInstant(), rs.getString("raised_by"),
                decision == null ? null : MatchDecision.valueOf(decision), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("reason"));
    }
}
