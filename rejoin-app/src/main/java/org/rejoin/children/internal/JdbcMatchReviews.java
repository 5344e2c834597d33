package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.MatchDecision;
import org.rejoin.children.MatchReview;
import org.rejoin.children.MatchReviews;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.linkage.Explanation;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@LaStaff
class JdbcMatchReviews implements MatchReviews {

    private final JdbcClient jdbc;
    private final ChildQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcMatchReviews(JdbcClient jdbc, ChildQueries queries, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a possible match of a child; a pair already open, or decided either way, is not raised
     * again. Says whether it was queued.
     */
    boolean raise(UUID childId, PossibleDuplicate candidate, String source, AuditActor by) {
        if (candidate.explanation() == null) {
            return false;
        }
        UUID candidateId = candidate.child().id();
        boolean known = jdbc.sql("""
                select count(*) from match_review where least(child_id, candidate_id) = least(?, ?)
                and greatest(child_id, candidate_id) = greatest(?, ?)""")
                .params(childId, candidateId, childId, candidateId).query(Integer.class).single() > 0;
        if (known) {
            return false;
        }
        var e = candidate.explanation();
        jdbc.sql("""
                insert into match_review (id, child_id, candidate_id, match_weight, probability, explanation, source,
                    raised_at, raised_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(UUID.randomUUID(), childId, candidateId, e.totalWeight(), e.probability(),
                        json.writeValueAsString(e), source, Timestamp.from(clock.instant()), by.username())
                .update();
        audit.record(by, AuditAction.MATCH_REVIEW_RAISED, childId, "possible match with " + candidateId, List.of());
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<MatchReview> open(PageRequest page, RejoinUser user) {
        long total = openCount(user);
        var rows = jdbc.sql("select * from match_review where decision is null order by match_weight desc, raised_at"
                + " limit ? offset ?").params(page.size(), page.offset()).query(this::row).list();
        return page.of(withSummaries(rows), total);
    }

    @Override
    @Transactional(readOnly = true)
    public long openCount(RejoinUser user) {
        return jdbc.sql("select count(*) from match_review where decision is null").query(Long.class).single();
    }

    @Override
    public MatchReview get(UUID id, RejoinUser user) {
        var row = jdbc.sql("select * from match_review where id = ?").param(id).query(this::row).optional()
                .orElseThrow(() -> new NotFoundException("No match review " + id));
        var review = withSummaries(List.of(row)).get(0);
        audit.record(user, AuditAction.CHILD_VIEWED, review.child().id(), "in match review " + id, List.of());
        audit.record(user, AuditAction.CHILD_VIEWED, review.candidate().id(), "in match review " + id, List.of());
        return review;
    }

    @Override
    public MatchReview decide(UUID id, MatchDecision decision, String reason, RejoinUser user) {
        if (decision == null) {
            throw new InvalidInputException("decision", "Select whether these records are the same child");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter the reason for your decision");
        }
        int updated = jdbc.sql("""
                update match_review set decision = ?, decided_at = ?, decided_by_user_id = ?, decided_by = ?, reason = ?
                where id = ? and decision is null""")
                .params(decision.name(), Timestamp.from(clock.instant()), user.id(), user.username(), reason.trim(), id)
                .update();
        if (updated == 0) {
            throw new InvalidInputException("decision", "This pair has already been decided, or does not exist");
        }
        var review = withSummaries(List.of(jdbc.sql("select * from match_review where id = ?").param(id)
                .query(this::row).single())).get(0);
        for (var childId : List.of(review.child().id(), review.candidate().id())) {
            audit.record(user, AuditAction.MATCH_DECIDED, childId, decision + ": " + reason.trim(),
                    List.of(new FieldChange("matchReview", "open", decision.name())));
        }
        return review;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MatchReview> forChild(UUID childId, RejoinUser user) {
        return withSummaries(jdbc.sql("""
                select * from match_review where (child_id = ? or candidate_id = ?)
                and (decision is null or decision = 'SAME_CHILD') order by raised_at desc""")
                .params(childId, childId).query(this::row).list());
    }

    @Override
    @LaAdmin
    public List<MatchReview> decided(RejoinUser user) {
        var decided = withSummaries(jdbc.sql("select * from match_review where decision is not null order by decided_at, id")
                .query(this::row).list());
        var children = new java.util.LinkedHashSet<UUID>();
        decided.forEach(r -> {
            children.add(r.child().id());
            children.add(r.candidate().id());
        });
        audit.recordAll(user, AuditAction.MATCH_DECISIONS_EXPORTED, List.copyOf(children),
                decided.size() + " decided pairs exported as labelled pairs");
        return decided;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<MatchDecision, Long> decisionCounts(RejoinUser user) {
        Map<MatchDecision, Long> counts = new java.util.EnumMap<>(MatchDecision.class);
        for (var decision : MatchDecision.values()) {
            counts.put(decision, 0L);
        }
        jdbc.sql("select decision, count(*) as n from match_review where decision is not null group by decision")
                .query((rs, n) -> counts.put(MatchDecision.valueOf(rs.getString("decision")), rs.getLong("n"))).list();
        return counts;
    }

    /** A row before its children's summaries are filled in. */
    private record Row(UUID id, UUID childId, UUID candidateId, Explanation explanation, String source, Instant raisedAt,
            String raisedBy, MatchDecision decision, Instant decidedAt, String decidedBy, String reason) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("candidate_id", UUID.class), json.readValue(rs.getString("explanation"), Explanation.class),
                rs.getString("source"), rs.getTimestamp("raised_at").toInstant(), rs.getString("raised_by"),
                decision == null ? null : MatchDecision.valueOf(decision), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("reason"));
    }

    private List<MatchReview> withSummaries(List<Row> rows) {
        var ids = new java.util.HashSet<UUID>();
        rows.forEach(r -> {
            ids.add(r.childId());
            ids.add(r.candidateId());
        });
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        queries.summaries(ids, ChildQueries.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        return rows.stream().map(r -> new MatchReview(r.id(), summaries.get(r.childId()), summaries.get(r.candidateId()),
                r.explanation(), r.source(), r.raisedAt(), r.raisedBy(), r.decision(), r.decidedAt(), r.decidedBy(),
                r.reason())).toList();
    }
}
