package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/** A child was entered on an establishment's roll (a new-pupil return). Handled in the same transaction. */
public record ChildJoinedRoll(UUID childId, UUID establishmentId, String establishmentName, LocalDate startsOn,
        RejoinUser by) {
}
