package org.rejoin.referrals.internal;

import java.util.UUID;

import org.rejoin.rolls.WaitingForCme;

import org.springframework.stereotype.Component;

/** A child is waiting for the CME team when a referral linked to them has no decision yet. */
@Component
class WaitingReferrals implements WaitingForCme {

    private final JdbcReferralRows rows;

    WaitingReferrals(JdbcReferralRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean isWaiting(UUID childId) {
        return rows.waitingFor(childId).isPresent();
    }
}
