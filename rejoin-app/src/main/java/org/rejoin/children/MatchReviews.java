package org.rejoin.children;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

/**
 * The match review queue for LA staff (ADR 11): pairs the matching engine scored in the review
 * band. Every decision is audited on both children's records and kept as a labelled pair.
 */
public interface MatchReviews {

    ResultPage<MatchReview> open(PageRequest page, RejoinUser user);

    long openCount(RejoinUser user);

    MatchReview get(UUID id, RejoinUser user);

    /**
     * Decides a pair.
     *
     * @throws org.rejoin.platform.InvalidInputException without a reason, or when already decided
     */
    MatchReview decide(UUID id, MatchDecision decision, String reason, RejoinUser user);

    /** The pairs involving one child, open or decided, newest first: shown on the child's page. */
    List<MatchReview> forChild(UUID childId, RejoinUser user);

    /**
     * Every decided pair, oldest first: the labelled pairs for measuring the engine against people's
     * judgement. LA administrators only; audited on every child it names.
     */
    List<MatchReview> decided(RejoinUser user);

    /** How many pairs have been decided each way. */
    Map<MatchDecision, Long> decisionCounts(RejoinUser user);
}
