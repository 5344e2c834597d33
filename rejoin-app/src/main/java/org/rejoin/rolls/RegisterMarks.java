package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school's attendance register as Rejoin holds it, asked by a deletion under reg 9(1)(h) or (i)
 * (School Attendance (Pupil Registration) (England) Regulations 2024; docs/rules/rolls.md) whether
 * the absence it rests on is there in the marks. The module that keeps the marks implements it, so
 * {@code rolls} never depends on it.
 */
public interface RegisterMarks {

    /**
     * The child's marks at the school on each of the school's school days from {@code from} to
     * {@code to}, oldest first; a session Rejoin holds no mark for is null.
     */
    List<MarkedDay> schoolDays(UUID childId, UUID establishmentId, LocalDate from, LocalDate to);

    /** One school day's two sessions. */
    record MarkedDay(LocalDate day, Mark am, Mark pm) {
    }

    /** A mark: its national code, and what it says of the pupil's attendance. */
    record Mark(String code, MarkKind kind) {
    }

    /** What a mark says, as the deletion grounds ask it (reg 10 tables and reg 11, leave of absence). */
    enum MarkKind {
        /** Present, or at an approved off-site activity. */
        ATTENDED,
        /** Absent, not authorised by the school. */
        UNAUTHORISED,
        /** Absent through illness. */
        ILLNESS,
        /** On leave of absence the school granted (reg 11). */
        LEAVE,
        /** Absent, authorised otherwise. */
        OTHER_AUTHORISED,
        /** Attendance not possible or not required. */
        NOT_POSSIBLE
    }
}
