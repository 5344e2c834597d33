package org.rejoin.attendance;

/** What an attendance alert is about (docs/rules/attendance.md), each raised once for its episode. Stored by name. */
public enum AlertKind {
    /** docs/rules/attendance.md, the absence return: continuous school days absent without authorisation. */
    CONTINUOUS_UNAUTHORISED,
    /** docs/rules/attendance.md, the sickness return: school days of illness in the academic year; the LA's s19 duty. */
    ILLNESS,
    /** docs/rules/attendance.md: unauthorised sessions within a rolling window of school weeks; penalty-notice consideration. */
    PENALTY_THRESHOLD,
    /** docs/rules/attendance.md: an {@code N} not replaced within its school days. */
    REASON_NOT_ESTABLISHED,
    /** Local policy: attendance below the survey threshold over the survey period (docs/rules/attendance.md). */
    LOW_ATTENDANCE,
    /** Local policy: a looked-after child absent for school days (docs/rules/attendance.md). */
    LOOKED_AFTER_ABSENT,
    /** No marks from a provider for a placed pupil. */
    PROVIDER_SILENT,
    /** docs/rules/attendance.md: a part-time timetable is reviewed; this one is past its review date. */
    TIMETABLE_REVIEW_DUE,
    /** docs/rules/attendance.md: a part-time timetable is time-limited; this one is past its planned end and still running. */
    TIMETABLE_PAST_END;

    /**
     * A child who may be going missing from education: ten days away without authorisation,
     * attendance below the survey threshold, a looked-after child absent. The CME intake takes these;
     * every other alert is a task for the LA's attendance work.
     */
    public boolean concernsMissingEducation() {
        return this == CONTINUOUS_UNAUTHORISED || this == LOW_ATTENDANCE || this == LOOKED_AFTER_ABSENT;
    }
}
