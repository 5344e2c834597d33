/**
 * CME casework (ADR 12; docs/rules/cme.md), from identifying a child as missing to their entering provision: a
 * case for each child judged missing education or at risk of it, made of dated milestones
 * (identified, located, needs determined, provision identified, provision accessed, closed,
 * reopened) from which its status is derived; the enquiry log and checklist of the locate step;
 * notes, contacts with the family and documents; deadlines in school days as tasks (docs/rules/cme.md).
 * <p>Listens to {@link org.rejoin.referrals.ReferralAccepted} (opens the case) and
 * {@link org.rejoin.rolls.ChildJoinedRoll} (tells the officer of an open case), each in the
 * publishing transaction; publishes no events yet. Implements {@link org.rejoin.referrals.OpenCases}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CME casework")
package org.rejoin.cme;
