package org.rejoin.cme.internal;

import org.rejoin.cme.CaseKind;
import org.rejoin.referrals.ReferralAccepted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a CME case when a referral is accepted, in the transaction that decided it: a decision
 * never stands without its case (ADR 12).
 */
@Component
class CaseOpener {

    private final CmeCaseService cases;

    CaseOpener(CmeCaseService cases) {
        this.cases = cases;
    }

    @EventListener
    void on(ReferralAccepted accepted) {
        cases.open(accepted.childId(), accepted.referralId(), CaseKind.valueOf(accepted.decision().name()),
                accepted.receivedOn(), accepted.decidedOn(), accepted.by());
    }
}
