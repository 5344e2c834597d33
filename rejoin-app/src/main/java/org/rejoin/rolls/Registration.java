package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

/** A child's registration at an establishment: open while {@code endsOn} is null. */
public record Registration(UUID id, UUID childId, UUID establishmentId, String establishmentName,
        Integer establishmentUrn, EnrolmentStatus enrolmentStatus, LocalDate startsOn, LocalDate endsOn,
        DeletionGround deletionGround, long version) {

    public boolean isCurrentOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
    }
}
