package org.rejoin.referrals;

import java.time.LocalDate;
import java.util.Set;

import org.rejoin.children.Sex;

/**
 * What a referrer tells the LA. Any detail of the child may be missing but a name.
 *
 * @param source who referred; for a signed-in school, provider or agency user their organisation's kind decides it
 * @param referrerName who referred; for a signed-in user, themselves
 * @param receivedOn when the LA heard (a phone call recorded later); today when null
 * @param approximateAge the child's age in years when the date of birth is not known
 */
public record NewReferral(ReferralSource source, String referrerName, String referrerContact, LocalDate receivedOn,
        String forename, String middleNames, String surname, LocalDate dateOfBirth, Integer approximateAge, Sex sex,
        String upn, String address, String postcode, ReferralReason reason, String details,
        Set<RiskIndicator> riskIndicators, Set<SafeguardingStatus> safeguardingStatuses, boolean safeguardingConcern) {

    public NewReferral {
        riskIndicators = riskIndicators == null ? Set.of() : Set.copyOf(riskIndicators);
        safeguardingStatuses = safeguardingStatuses == null ? Set.of() : Set.copyOf(safeguardingStatuses);
    }

    /**
     * Who referred, as they told the LA.
     *
     * @param source null for the LA's own service, or when the signed-in user's organisation decides it
     * @param receivedOn when the LA heard; today when null
     */
    public record ReferredBy(ReferralSource source, String name, String contact, LocalDate receivedOn) {

        /** The LA's own service, hearing on a day. */
        public static ReferredBy theLa(LocalDate receivedOn) {
            return new ReferredBy(null, null, null, receivedOn);
        }
    }

    /** A referral from who referred, the child as they describe them, and the concern. */
    public static NewReferral of(ReferredBy by, ChildAsReferred child, Concern concern) {
        return new NewReferral(by.source(), by.name(), by.contact(), by.receivedOn(), child.forename(), child.middleNames(),
                child.surname(), child.dateOfBirth(), child.approximateAge(), child.sex(), child.upn(), child.address(),
                child.postcode(), concern.reason(), concern.details(), concern.riskIndicators(),
                concern.safeguardingStatuses(), concern.safeguardingConcern());
    }

    /**
     * A referral Rejoin raises for a fact another module published: from the LA's own service,
     * received on {@code on}, with the reason and what the module saw; statuses come from the child's
     * record once the referral is linked.
     */
    public static NewReferral raised(ChildAsReferred child, ReferralReason reason, String details, LocalDate on) {
        return of(ReferredBy.theLa(on), child, Concern.of(reason, details));
    }

    /** These go to children's social care before any other step (docs/rules/cme.md). */
    public boolean needsEscalation() {
        return safeguardingConcern || !safeguardingStatuses.isEmpty()
                || riskIndicators.contains(RiskIndicator.LOOKED_AFTER);
    }
}
