package org.rejoin.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.rejoin.children.Sex;

/** A referral in the intake queue, as LA staff see it. */
public record Referral(UUID id, String reference, LocalDate receivedOn, Instant receivedAt, ReferralRoute route,
        ReferralSource source, UUID referrerOrganisationId, String referrerOrganisationName, String referrerName,
        String referrerContact, String forename, String middleNames, String surname, LocalDate dateOfBirth,
        Integer approximateAge, Sex sex, String upn, String address, String postcode, ReferralReason reason,
        String details, Set<RiskIndicator> riskIndicators, Set<SafeguardingStatus> safeguardingStatuses,
        boolean safeguardingConcern, boolean escalated, UUID childId, TriageDecision decision, String decisionReason,
        String otherLa, LocalDate transferredOn, Instant decidedAt, String decidedBy, long version) {

    /** How tasks about a referral name their subject, for any module that opens one. */
    public static final String TASK_SUBJECT = "REFERRAL";

    public boolean isOpen() {
        return decision == null;
    }

    /** The same referral, its referrer's organisation named (from the organisations module). */
    public Referral withReferrerOrganisationName(String name) {
        return new Referral(id, reference, receivedOn, receivedAt, route, source, referrerOrganisationId, name,
                referrerName, referrerContact, forename, middleNames, surname, dateOfBirth, approximateAge, sex, upn,
                address, postcode, reason, details, riskIndicators, safeguardingStatuses, safeguardingConcern, escalated,
                childId, decision, decisionReason, otherLa, transferredOn, decidedAt, decidedBy, version);
    }

    /** The child's name as the referrer gave it. */
    public String childName() {
        return String.join(" ", java.util.stream.Stream.of(forename, surname).filter(s -> s != null && !s.isBlank())
                .toList());
    }
}
