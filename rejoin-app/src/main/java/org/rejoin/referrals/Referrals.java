package org.rejoin.referrals;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

/** The CME intake queue. */
public interface Referrals {

    /**
     * Receives a referral from any signed-in user or API client, and escalates it at once when it
     * carries a safeguarding concern or status.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each rule broken
     */
    Referral submit(NewReferral referral, RejoinUser user);

    /** Undecided referrals, escalated first, then oldest first. LA staff. */
    ResultPage<Referral> intake(PageRequest page, RejoinUser user);

    /**
     * The referrals waiting for triage that an officer looks for, escalated first then oldest first: by
     * part of the reference, the child's name, the UPN or the referrer, the route, and whether escalated.
     */
    ResultPage<Referral> intake(IntakeFilter filter, PageRequest page, RejoinUser user);

    /** The referrals waiting for triage, counted in all, escalated and by route. */
    IntakeCounts intakeCounts(RejoinUser user);

    long openCount(RejoinUser user);

    /** A referral in full, audited. LA staff. */
    Referral get(UUID id, RejoinUser user);

    /** The referrals the user's organisation made, newest first, status only. */
    List<ReferralReceipt> madeBy(RejoinUser user);

    /** Register children the referral may be, ranked, with the engine's explanations. LA staff. */
    List<PossibleDuplicate> candidates(UUID id, RejoinUser user);

    /**
     * Links the referral to a child in the register; escalates it if the child's record shows a
     * safeguarding status.
     *
     * @throws org.rejoin.platform.InvalidInputException when decided already, or changed since read
     */
    Referral link(UUID id, UUID childId, long expectedVersion, RejoinUser user);

    /** Creates the child from what the referral says and links it. */
    Referral createChild(UUID id, long expectedVersion, boolean confirmedNew, RejoinUser user);

    /**
     * Decides the referral. Missing education and at risk need a linked child and open a case;
     * known in provision needs a reason; another LA needs the LA and the date sent.
     */
    Referral decide(UUID id, long expectedVersion, Triage triage, RejoinUser user);

    /** Referrals made by other local authorities (notifications of children moving in), newest first. LA staff. */
    List<Referral> fromOtherLocalAuthorities(RejoinUser user);

    /** The referrals about a child, newest first. LA staff. */
    List<Referral> forChild(UUID childId, RejoinUser user);
}
