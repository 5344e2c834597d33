package org.rejoin.rolls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A joiner or deletion return as recorded, with whether it came late and, for a deletion, whether it
 * is in force or waits for the LA ({@link DeletionStatus}; a joiner is always {@code ACCEPTED}).
 */
public record RollReturn(UUID id, String kind, UUID registrationId, UUID childId, String childName, UUID establishmentId,
        String establishmentName, LocalDate effectiveOn, LocalDate reportedOn, boolean late, DeletionGround ground,
        Destination destination, String destinationName, Instant reportedAt, String reportedBy, DeletionStatus status) {

    /** The subject type of a return's tasks: every one is about a deletion. */
    public static final String TASK_SUBJECT = "ROLL_RETURN";

    /** The same return with its child's name. */
    public RollReturn named(String name) {
        return new RollReturn(id, kind, registrationId, childId, name, establishmentId, establishmentName, effectiveOn,
                reportedOn, late, ground, destination, destinationName, reportedAt, reportedBy, status);
    }
}
