/**
 * Attendance for all provision (issue 6; RULES.md 2): session marks from schools and AP providers in
 * the national codes only, stored one row per child, establishment and month (ADR 14), and what
 * follows from them: possible sessions, attendance, persistent and severe absence.
 * <p>Publishes no events yet; listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package org.rejoin.attendance;
