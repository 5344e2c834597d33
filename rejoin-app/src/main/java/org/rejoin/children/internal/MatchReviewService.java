package org.rejoin.children.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.rejoin.children.internal.JdbcMatchReviewRows.ReviewRow;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The match review queue: possible matches raised when a child is added or the register is scanned, decided by LA
 * staff with a reason; each pair raised once, each view and decision audited on both children.
 */
@Service
@Transactional
@LaStaff
class MatchReviewService implements MatchReviews {

    private final JdbcMatchReviewRows rows;
    private final JdbcSummaryRows queries;
    private final AuditLog audit;
    private final Clock clock;

    MatchReviewService(JdbcMatchReviewRows rows, JdbcSummaryRows queries, AuditLog audit, Clock clock) {
        this.rows = rows;
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
        if (rows.known(childId, candidateId)) {
            return false;
        }
        rows.insert(childId, candidateId, candidate.explanation(), source, clock.instant(), by.username());
        audit.record(by, AuditAction.MATCH_REVIEW_RAISED, childId, "possible match with " + candidateId, List.of());
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<MatchReview> open(PageRequest page, RejoinUser user) {
        return page.of(withSummaries(rows.open(page)), rows.openCount());
    }

    @Override
    @Transactional(readOnly = true)
    public long openCount(RejoinUser user) {
        return rows.openCount();
    }

    @Override
    public MatchReview get(UUID id, RejoinUser user) {
        var review = withSummaries(List.of(find(id))).get(0);
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
        if (!rows.decide(id, decision, reason.trim(), clock.instant(), user.id(), user.username())) {
            throw new InvalidInputException("decision", "This pair has already been decided, or does not exist");
        }
        var review = withSummaries(List.of(find(id))).get(0);
        for (var childId : List.of(review.child().id(), review.candidate().id())) {
            audit.record(user, AuditAction.MATCH_DECIDED, childId, decision + ": " + reason.trim(),
                    List.of(new FieldChange("matchReview", "open", decision.name())));
        }
        return review;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MatchReview> forChild(UUID childId, RejoinUser user) {
        return withSummaries(rows.openOrSameChild(childId));
    }

    @Override
    @LaAdmin
    public List<MatchReview> decided(RejoinUser user) {
        var decided = withSummaries(rows.decided());
        var children = new LinkedHashSet<UUID>();
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
        return rows.decisionCounts();
    }

    private ReviewRow find(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("No match review " + id));
    }

    /** Reviews with their two children's summaries, read in one query. */
    private List<MatchReview> withSummaries(List<ReviewRow> reviews) {
        var ids = new HashSet<UUID>();
        reviews.forEach(r -> {
            ids.add(r.childId());
            ids.add(r.candidateId());
        });
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        queries.summaries(ids, JdbcSummaryRows.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        return reviews.stream().map(r -> new MatchReview(r.id(), summaries.get(r.childId()), summaries.get(r.candidateId()),
                r.explanation(), r.source(), r.raisedAt(), r.raisedBy(), r.decision(), r.decidedAt(), r.decidedBy(),
                r.reason())).toList();
    }
}
