/**
 * Referrals: the CME intake queue (seed 002 "Receive contact"), owned by the LA's CME officers.
 * A referral arrives by the online form (schools, agencies, other LAs), is recorded by LA staff
 * (phone calls, public contacts), comes through the API, or is raised by another module. It
 * keeps what the referrer knew, however little. A safeguarding concern, or a child on a child
 * protection plan, in need or looked after, opens an urgent task at once (RULES.md 4). At
 * triage the officer matches it against the register, links it to a child or creates one, and
 * decides it.
 * <p>Publishes {@link org.rejoin.referrals.ReferralAccepted} when a child is judged missing
 * education or at risk of it; listens to {@link org.rejoin.referrals.RaiseReferral}, which other
 * modules publish to raise a referral.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals")
package org.rejoin.referrals;
