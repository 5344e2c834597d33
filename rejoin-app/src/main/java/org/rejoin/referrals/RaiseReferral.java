package org.rejoin.referrals;

import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Another module asks for a referral: a leaver without a destination (rolls), an attendance
 * threshold crossed (attendance). Published in that module's transaction and handled in it, so
 * the referral is never lost between the two.
 *
 * @param childId the child in the register, when the raising module knows them; the referral is linked
 * @param by who acted: the user whose action raised it, or Rejoin itself
 */
public record RaiseReferral(NewReferral referral, UUID childId, RejoinUser by) {
}
