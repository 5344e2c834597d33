package org.rejoin.referrals.internal;

import java.util.UUID;

import org.rejoin.rolls.WaitingForCme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A child is waiting for the CME team when a referral linked to them has no decision yet. */
@Component
class WaitingReferrals implements WaitingForCme {

    private final JdbcClient jdbc;

    WaitingReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isWaiting(UUID childId) {
        return jdbc.sql("select exists (select 1 from referral where child_id = ? and decision is null)").param(childId)
                .query(Boolean.class).single();
    }
}
