package org.rejoin.attendance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A child offered fewer hours of education than the weekly minimum, as the last scan found them.
 *
 * @param since the Monday of the first short week of the present run
 * @param weeks how many school weeks the run has lasted
 * @param weekOf the Monday of the latest week, whose hours follow
 */
public record ShortHours(UUID childId, String childName, LocalDate since, int weeks, LocalDate weekOf, double offered,
        double attended) {
}
