package org.rejoin.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Absences through illness an officer knows are coming, such as a hospital stay: each school day of
 * one still to come counts towards the illness alert, so the LA hears of its section 19 duty as soon
 * as it is clear the child will miss 15 school days (Education Act 1996 s19; docs/rules/attendance.md).
 * LA staff record them; whoever may see the child sees them.
 */
public interface ExpectedAbsences {

    /**
     * Records an expected absence, audited on the child, and looks again at once at the child's illness alert.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each field at fault
     */
    ExpectedAbsence record(UUID childId, NewExpectedAbsence absence, RejoinUser user);

    /** The child's expected absences, latest first. */
    List<ExpectedAbsence> forChild(UUID childId, RejoinUser user);

    /** An expected absence as an officer gives it. */
    record NewExpectedAbsence(LocalDate startsOn, LocalDate endsOn, String reason) {
    }

    /** An expected absence as recorded. */
    record ExpectedAbsence(UUID id, UUID childId, LocalDate startsOn, LocalDate endsOn, String reason, Instant recordedAt,
            String recordedBy) {
    }
}
