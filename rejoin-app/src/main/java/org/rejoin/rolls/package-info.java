/**
 * Rolls: a child's registrations at establishments over time (School Attendance (Pupil
 * Registration) (England) Regulations 2024): enrolment status, start and end, and the reg 9
 * deletion ground on every end. Each registration connects the child to the establishment in
 * {@link org.rejoin.children.ChildConnections}, which is what lets a school see its pupils.
 * New-pupil and deletion returns ({@link org.rejoin.rolls.RollReturns}) with the reg 9(1) rules;
 * roll snapshots and Common Transfer Files come next (issue 5).
 * <p>Publishes {@link org.rejoin.rolls.ChildJoinedRoll} and, for a leaver with no known
 * destination or deleted under (h) or (i), {@link org.rejoin.referrals.RaiseReferral}; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rolls")
package org.rejoin.rolls;
