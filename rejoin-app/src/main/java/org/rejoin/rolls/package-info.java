/**
 * Rolls: a child's registrations at establishments over time (School Attendance (Pupil
 * Registration) (England) Regulations 2024): enrolment status, start and end, and the reg 9
 * deletion ground on every end. Each registration connects the child to the establishment in
 * {@link org.rejoin.children.ChildConnections}, which is what lets a school see its pupils.
 * New-pupil and deletion returns ({@link org.rejoin.rolls.RollReturns}) with the reg 9(1) rules;
 * roll snapshots of one school or the whole LA; Common Transfer Files in and out
 * ({@link org.rejoin.rolls.CommonTransferFiles}, RULES.md 3).
 * <p>Publishes {@link org.rejoin.rolls.ChildJoinedRoll} (a joiner, or a known child found on a roll
 * snapshot) and {@link org.rejoin.referrals.RaiseReferral} (a leaver with no known destination or
 * deleted under (h) or (i), a pupil missing from a snapshot, a Year 7 child with no secondary
 * school, a lost pupil's CTF); listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rolls")
package org.rejoin.rolls;
