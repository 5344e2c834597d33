package org.rejoin.rolls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A joiner or deletion return as recorded, with whether it came late. */
public record RollReturn(UUID id, String kind, UUID registrationId, UUID childId, String childName, UUID establishmentId,
        String establishmentName, LocalDate effectiveOn, LocalDate reportedOn, boolean late, DeletionGround ground,
        Destination destination, String destinationName, Instant reportedAt, String reportedBy) {
}
