package org.rejoin.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A referral in the intake queue, as LA staff see it: who referred, the child as they described
 * them, the concern and the triage decision. The API shows it flat, each part's fields beside the
 * referral's own.
 */
public record Referral(UUID id, String reference, LocalDate receivedOn, Instant receivedAt, ReferralRoute route,
        @JsonUnwrapped Referrer referrer, @JsonUnwrapped ChildAsReferred child, @JsonUnwrapped Concern concern,
        boolean escalated, UUID childId, @JsonUnwrapped Decision decision, long version) {

    /** How tasks about a referral name their subject, for any module that opens one. */
    public static final String TASK_SUBJECT = "REFERRAL";

    /**
     * Who referred.
     *
     * @param organisationId the referrer's organisation when a signed-in user referred
     * @param organisationName its name, from the organisations module; null until named
     */
    public record Referrer(ReferralSource source, @JsonProperty("referrerOrganisationId") UUID organisationId,
            @JsonProperty("referrerOrganisationName") String organisationName, @JsonProperty("referrerName") String name,
            @JsonProperty("referrerContact") String contact) {
    }

    /**
     * What triage decided, all null while the referral waits.
     *
     * @param otherLa the LA the child was transferred to, for a transfer
     */
    public record Decision(@JsonProperty("decision") TriageDecision outcome,
            @JsonProperty("decisionReason") String reason, String otherLa, LocalDate transferredOn, Instant decidedAt,
            String decidedBy) {

        /** A referral not yet decided. */
        public static final Decision PENDING = new Decision(null, null, null, null, null, null);
    }

    public Referral {
        decision = decision == null ? Decision.PENDING : decision;
    }

    public boolean isOpen() {
        return decision.outcome() == null;
    }

    /** The same referral, its referrer's organisation named (from the organisations module). */
    public Referral withReferrerOrganisationName(String name) {
        var named = new Referrer(referrer.source(), referrer.organisationId(), name, referrer.name(), referrer.contact());
        return new Referral(id, reference, receivedOn, receivedAt, route, named, child, concern, escalated, childId,
                decision, version);
    }

    /** The child's name as the referrer gave it. */
    public String childName() {
        return String.join(" ", java.util.stream.Stream.of(child.forename(), child.surname())
                .filter(s -> s != null && !s.isBlank()).toList());
    }
}
