package org.rejoin.rolls;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * An imported Common Transfer File held attendance year data for a pupil (ADR 16): the attendance
 * module turns the session marks of the schools Rejoin holds into marks on their registers. Handled in
 * the importing transaction, so a mark the handler refuses refuses the whole file.
 *
 * @param childId the child the pupil was matched to or added as
 * @param pupil where the pupil sits in the file ({@code /CTfile/CTFpupilData/Pupil[2]}), to name a problem by
 * @param years the pupil's {@code Attendance/YearData}, in the file's order
 */
public record CtfAttendanceReceived(UUID childId, String pupil, List<Ctf.AttendanceYear> years, RejoinUser by) {
}
