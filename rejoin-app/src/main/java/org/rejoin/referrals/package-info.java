/**
 * Referrals: the CME intake queue (ADR 12), owned by the LA's CME officers.
 * A referral arrives by the online form (schools, agencies, other LAs), is recorded by LA staff
 * (phone calls, public contacts), comes through the API, or is raised by another module. It
 * keeps what the referrer knew, however little. A safeguarding concern, or a child on a child
 * protection plan, in need or looked after, opens an urgent task at once (docs/rules/cme.md). At
 * triage the officer matches it against the register, links it to a child or creates one, and
 * decides it.
 * <p>Publishes {@link org.rejoin.referrals.ReferralAccepted} when a child is judged missing
 * education or at risk of it. Listens to the facts that need the CME team, each in the transaction
 * that published it: {@link org.rejoin.rolls.ChildUnaccountedFor} (a leaver without destination, a
 * pupil missing from a snapshot, no secondary place, a lost pupil's file),
 * {@link org.rejoin.attendance.AttendanceAlertRaised} (the alerts that concern missing education)
 * and {@link org.rejoin.rolls.ChildJoinedRoll} (a child on a waiting referral joins a roll).
 * Implements {@link org.rejoin.rolls.CrossLaNotices} (notices from other LAs for the movements page)
 * and {@link org.rejoin.rolls.WaitingForCme}; asks {@link org.rejoin.referrals.OpenCases} (cme) whether a
 * child who joined a roll is on an open case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.rejoin.referrals;
