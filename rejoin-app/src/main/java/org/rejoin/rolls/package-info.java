/**
 * Rolls: a child's registrations at establishments over time (School Attendance (Pupil
 * Registration) (England) Regulations 2024): enrolment status, start and end, and the reg 9
 * deletion ground on every end. Each registration connects the child to the establishment in
 * {@link org.rejoin.children.ChildConnections}, which is what lets a school see its pupils.
 * Joiners, leavers, deletion returns and Common Transfer Files come with a later issue.
 * <p>Publishes no events yet and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rolls")
package org.rejoin.rolls;
