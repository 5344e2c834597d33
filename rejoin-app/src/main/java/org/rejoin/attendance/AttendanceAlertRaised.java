package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * An attendance alert raised for the first time (docs/rules/attendance.md). Published once per alert, in the
 * transaction that found it; the attendance module turns it into a task or a CME referral.
 *
 * @param episode the day the alert's episode began
 * @param by who sent the marks that raised it, or Rejoin for the daily scan
 */
public record AttendanceAlertRaised(UUID alertId, AlertKind kind, UUID childId, UUID establishmentId,
        String establishmentName, LocalDate episode, String evidence, RejoinUser by) {

    /** The subject type of the task an alert opens. */
    public static final String TASK_SUBJECT = "ATTENDANCE_ALERT";
}
