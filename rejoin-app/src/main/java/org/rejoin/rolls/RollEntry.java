package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

/** A pupil on an establishment's roll today. */
public record RollEntry(UUID childId, String name, LocalDate dateOfBirth, String upn, EnrolmentStatus enrolmentStatus,
        LocalDate startsOn) {
}
