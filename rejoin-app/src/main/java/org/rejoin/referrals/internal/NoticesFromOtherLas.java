package org.rejoin.referrals.internal;

import java.util.List;

import org.rejoin.access.RejoinUser;
import org.rejoin.referrals.Referrals;
import org.rejoin.rolls.CrossLaNotices;
import org.rejoin.rolls.Movements;

import org.springframework.stereotype.Component;

/**
 * Notices from other LAs arrive as their referrals (source: another local authority); the LA's
 * movements page lists them as received.
 */
@Component
class NoticesFromOtherLas implements CrossLaNotices {

    private final Referrals referrals;

    NoticesFromOtherLas(Referrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<Movements.CrossLa> received(RejoinUser user) {
        // An LA user's own organisation is this LA: the other LA is then the referrer they recorded.
        return referrals.fromOtherLocalAuthorities(user).stream().map(r -> new Movements.CrossLa(r.childId(),
                r.childName(), "RECEIVED", r.referrer().organisationName() != null
                        && !r.referrer().organisationId().equals(user.organisationId())
                        ? r.referrer().organisationName() : r.referrer().name(), r.receivedOn(), r.id())).toList();
    }
}
