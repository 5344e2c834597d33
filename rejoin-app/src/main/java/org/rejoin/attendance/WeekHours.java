package org.rejoin.attendance;

import java.time.LocalDate;

/**
 * A child's hours of education in one week, across all their provision (ADR 15): what was offered
 * and what they attended. A week with fewer school days asks for proportionately fewer hours.
 *
 * @param schoolDays the days any of the child's establishments was open to them
 * @param required the minimum hours for those days ({@link AttendanceProperties#minimumWeeklyHours()} for five)
 */
public record WeekHours(LocalDate monday, int schoolDays, double offered, double attended, double required) {

    /** Fewer hours offered than the minimum. */
    public boolean isShort() {
        return schoolDays > 0 && offered + 1e-9 < required;
    }
}
