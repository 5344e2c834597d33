package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.UUID;

/** A part-time timetable to record (see {@link PartTimeTimetable}). */
public record NewTimetable(UUID childId, UUID establishmentId, LocalDate startsOn, LocalDate plannedEndOn, LocalDate reviewOn,
        String reason, int sessions) {
}
