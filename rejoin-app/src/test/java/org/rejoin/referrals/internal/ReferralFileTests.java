package org.rejoin.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoin.Problems.fields;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.Concern;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.SafeguardingStatus;
import org.rejoin.referrals.Triage;
import org.rejoin.referrals.TriageDecision;

import org.springframework.dao.OptimisticLockingFailureException;

/** A referral's verbs, without Spring or a database. */
class ReferralFileTests {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Referral referral(UUID childId, TriageDecision decision, String details) {
        return new Referral(UUID.randomUUID(), "R2026-00001", RECEIVED, Instant.parse("2026-11-02T09:00:00Z"),
                ReferralRoute.LA_RECORDED, new Referral.Referrer(ReferralSource.SCHOOL, null, null, "Sam School", null),
                new ChildAsReferred("Amy", null, "Hallow", null, 11, null, null, "1 High Street", null),
                new Concern(ReferralReason.WHEREABOUTS_UNKNOWN, details,
                        Set.of(RiskIndicator.LOOKED_AFTER, RiskIndicator.RUNAWAY), Set.of(SafeguardingStatus.LOOKED_AFTER), false),
                false, childId, new Referral.Decision(decision, null, null, null, null, null), 3);
    }

    @Test
    void aCaseOpensOnlyForAChildInTheRegister() {
        var unlinked = new ReferralFile(referral(null, null, null));
        assertThat(fields(() -> unlinked.decide(new Triage(TriageDecision.MISSING_EDUCATION, null, null, null, null),
                TODAY))).containsExactly("decision");
        var decided = new ReferralFile(referral(UUID.randomUUID(), null, null))
                .decide(new Triage(TriageDecision.AT_RISK, null, " ", "Leeds", TODAY), TODAY);
        assertThat(decided).isEqualTo(new ReferralFile.Decided(TriageDecision.AT_RISK, null, null, null, TODAY));
    }

    @Test
    void aDecisionIsDatedBetweenReceiptAndTodayAndSaysWhatItNeeds() {
        var file = new ReferralFile(referral(null, null, null));
        assertThat(fields(() -> file.decide(new Triage(null, TODAY.plusDays(1), null, null, null), TODAY)))
                .containsExactly("decidedOn", "decision");
        assertThat(fields(() -> file.decide(new Triage(TriageDecision.KNOWN_IN_PROVISION, RECEIVED.minusDays(1), null,
                null, null), TODAY))).containsExactly("decidedOn", "reason");
        assertThat(fields(() -> file.decide(new Triage(TriageDecision.OTHER_LA, null, null, null, RECEIVED.minusDays(1)),
                TODAY))).containsExactly("otherLa", "transferredOn");
        var sent = file.decide(new Triage(TriageDecision.OTHER_LA, null, null, " Leeds City Council ", RECEIVED), TODAY);
        assertThat(sent.otherLa()).isEqualTo("Leeds City Council");
        assertThat(sent.transferredOn()).isEqualTo(RECEIVED);
    }

    @Test
    void aDecidedReferralOrAStaleOneIsNotChangedAgain() {
        var decided = new ReferralFile(referral(null, TriageDecision.KNOWN_IN_PROVISION, null));
        assertThat(fields(() -> decided.waiting(3))).containsExactly("decision");
        assertThatThrownBy(() -> new ReferralFile(referral(null, null, null)).waiting(2))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void anotherReasonIsAddedOnceAndDated() {
        var file = new ReferralFile(referral(null, null, "2026-11-03: Missing from the roll snapshot"));
        var again = NewReferral.of(
                new NewReferral.ReferredBy(null, null, null, null),
                new ChildAsReferred("Amy", null, null, null, null, null, null, null, null),
                new Concern(ReferralReason.LEFT_ROLL_NO_DESTINATION, "Missing from the roll snapshot",
                        null, null, false));
        assertThat(file.addReason(again, TODAY)).isEmpty();
        var other = NewReferral.of(
                new NewReferral.ReferredBy(null, null, null, null),
                new ChildAsReferred("Amy", null, null, null, null, null, null, null, null),
                new Concern(ReferralReason.NOT_ATTENDING, null, null, null, false));
        assertThat(file.addReason(other, TODAY)).contains("2026-11-20: NOT_ATTENDING");
    }

    @Test
    void theChildAsTheRegisterRecordsThemHasAnEstimatedBirthdayAndTheirStatuses() {
        ChildDetails child = new ReferralFile(referral(null, null, null)).asChild(TODAY);
        assertThat(child.dateOfBirth()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(child.dateOfBirthEstimated()).isTrue();
        assertThat(child.characteristics()).extracting(ChildDetails.Characteristic::type)
                .containsExactly(CharacteristicType.LOOKED_AFTER);
        assertThat(child.addresses()).singleElement().satisfies(a -> assertThat(a.postcode()).isNull());
    }
}
