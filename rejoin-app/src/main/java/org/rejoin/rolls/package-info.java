/**
 * Rolls: a child's registrations at establishments over time (School Attendance (Pupil
 * Registration) (England) Regulations 2024): enrolment status, start and end, and the reg 9
 * deletion ground on every end. Each registration connects the child to the establishment in
 * {@link org.rejoin.children.ChildConnections}, which is what lets a school see its pupils.
 * New-pupil and deletion returns ({@link org.rejoin.rolls.RollReturns}) with the reg 9(1) rules;
 * roll snapshots of one school or the whole LA; Common Transfer Files in and out
 * ({@link org.rejoin.rolls.CommonTransferFiles}, docs/rules/rolls.md).
 * <p>Publishes, each in the transaction that found it, {@link org.rejoin.rolls.ChildJoinedRoll} (a
 * joiner, or a known child found on a roll snapshot), {@link org.rejoin.rolls.CtfAttendanceReceived}
 * (an imported CTF's attendance year data) and the facts that leave a child unaccounted for
 * ({@link org.rejoin.rolls.ChildUnaccountedFor}): {@link org.rejoin.rolls.ChildLeftRollWithoutDestination},
 * {@link org.rejoin.rolls.PupilMissingFromSnapshot}, {@link org.rejoin.rolls.NoSecondaryPlaceFound},
 * {@link org.rejoin.rolls.LostPupilFileReceived}. Listens to none. Offers the extension point
 * {@link org.rejoin.rolls.CrossLaNotices} (notices from other LAs kept elsewhere) and
 * {@link org.rejoin.rolls.WaitingForCme} (whether a child already waits for the CME team).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rolls")
package org.rejoin.rolls;
