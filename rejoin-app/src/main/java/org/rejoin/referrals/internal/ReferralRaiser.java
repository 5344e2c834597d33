package org.rejoin.referrals.internal;

import org.rejoin.access.SystemAuthentication;
import org.rejoin.referrals.RaiseReferral;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Receives the referrals other modules raise, in their transaction, as whoever acted there. */
@Component
class ReferralRaiser {

    private final JdbcReferrals referrals;

    ReferralRaiser(JdbcReferrals referrals) {
        this.referrals = referrals;
    }

    @EventListener
    void on(RaiseReferral raised) {
        SystemAuthentication.run(raised.by(), () -> referrals.raise(raised));
    }
}
