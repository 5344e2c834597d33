package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Hours of education offered and attended each week across all of a child's provision (ADR 15),
 * from each establishment's {@link SessionTimes}, its marks and any {@link PartTimeTimetable}.
 */
public interface EducationHours {

    /** The establishment's session times, or the LA's default when it has none of its own. */
    SessionTimes sessionTimes(UUID establishmentId);

    /** Sets the establishment's session times: its own users or LA staff. */
    void setSessionTimes(UUID establishmentId, SessionTimes times, RejoinUser user);

    /** A child's part-time timetables, newest first: whoever may see the child. */
    List<PartTimeTimetable> timetables(UUID childId, RejoinUser user);

    /** The part-time timetables running at an establishment, or in the whole LA when it is null (LA staff). */
    List<PartTimeTimetable> runningTimetables(UUID establishmentId, RejoinUser user);

    /**
     * Records a part-time timetable for a pupil on the establishment's roll: its own users or LA staff.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each field that breaks a rule
     */
    PartTimeTimetable recordTimetable(NewTimetable timetable, RejoinUser user);

    /**
     * Records that a running timetable was reviewed: its next review, and its planned end if that moved.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version}
     */
    PartTimeTimetable reviewTimetable(UUID timetableId, LocalDate nextReviewOn, LocalDate plannedEndOn, long version,
            RejoinUser user);

    /**
     * Ends a running timetable on a day: the child is back to full time, or the timetable stopped.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version}
     */
    PartTimeTimetable endTimetable(UUID timetableId, LocalDate endedOn, long version, RejoinUser user);

    /** A child's hours week by week from {@code from} to {@code to}, newest first: whoever may see the child. */
    List<WeekHours> weeks(UUID childId, LocalDate from, LocalDate to, RejoinUser user);

    /** The children short of the weekly minimum as the last scan found them, longest first: LA staff. */
    List<ShortHours> shortHours(RejoinUser user);
}
