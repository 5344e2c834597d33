/**
 * Attendance for all provision (docs/rules/attendance.md): session marks from schools and AP providers in
 * the national codes only, stored one row per child, establishment and month (ADR 14), and what
 * follows from them: possible sessions, attendance, persistent and severe absence.
 * <p>Publishes {@link org.rejoin.attendance.AttendanceAlertRaised} (an alert, the first time it is
 * found): it handles the ones that are attendance work itself (tasks), and {@code referrals} takes
 * the ones that concern missing education. Listens to {@link org.rejoin.rolls.CtfAttendanceReceived}
 * (an imported CTF's attendance year data becomes marks).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.rejoin.attendance;
