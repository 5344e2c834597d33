package org.rejoin.referrals;

import java.time.LocalDate;

import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildSummary;

/**
 * Another module asks for a referral: a leaver without a destination (rolls), an attendance
 * threshold crossed (attendance). Published in that module's transaction and handled in it, so
 * the referral is never lost between the two. A child already on a referral waiting for a decision
 * is not referred twice: what the event says is added to the waiting referral (issue 5: "opens (or
 * updates) a CME referral").
 *
 * @param childId the child in the register, when the raising module knows them; the referral is linked
 * @param by who acted: the user whose action raised it, or Rejoin itself
 */
public record RaiseReferral(NewReferral referral, UUID childId, RejoinUser by) {

    /** A referral about a child in the register, received today, with the reason and what the module saw. */
    public static RaiseReferral about(ChildSummary child, ReferralReason reason, String details, LocalDate on,
            RejoinUser by) {
        return new RaiseReferral(new NewReferral(null, null, null, on, child.legalForename(), null, child.legalSurname(),
                child.dateOfBirth(), null, child.sex(), child.upn(), null, child.postcode(), reason, details, null, null,
                false), child.id(), by);
    }
}
