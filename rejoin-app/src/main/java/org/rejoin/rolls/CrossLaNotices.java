package org.rejoin.rolls;

import java.util.List;

import org.rejoin.access.RejoinUser;

/**
 * Notices from other local authorities about children moving into this one, kept by the module that
 * receives them (the CME intake keeps them as referrals): the LA's movements page lists them beside
 * the notices this LA sent. An extension point, so that rolls need not know that module.
 */
public interface CrossLaNotices {

    /** Notices received, each as a movement in the direction {@code RECEIVED}. */
    List<Movements.CrossLa> received(RejoinUser user);
}
