package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

/** A registration to record; ended registrations (history) carry their end date and deletion ground. */
public record NewRegistration(UUID childId, UUID establishmentId, EnrolmentStatus enrolmentStatus,
        LocalDate startsOn, LocalDate endsOn, DeletionGround deletionGround) {
}
