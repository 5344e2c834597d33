package org.rejoin.attendance;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The LA's attendance thresholds and their defaults (docs/rules/attendance.md), under
 * {@code rejoin.attendance}.
 *
 * @param continuousUnauthorisedDays the absence return: this many continuous school days absent without authorisation
 * @param illnessDays the sickness return: this many school days of illness in the academic year (s19 duty)
 * @param penaltySessions unauthorised sessions within {@code penaltyWeeks} school weeks that call for penalty-notice consideration
 * @param penaltyWeeks the rolling window of the penalty-notice threshold, in school weeks (any week with a school session)
 * @param unexplainedDays an {@code N} (reason not yet established) must be replaced within this many school days
 * @param surveyThreshold attendance below this percentage over the survey period puts a child at risk (local policy, 50% by default: docs/rules/attendance.md)
 * @param lookedAfterDays a looked-after child absent this many school days is raised at once
 * @param providerSilenceDays no marks from a provider for a placed pupil for this many school days
 * @param minimumWeeklyHours fewer hours of education than this in a five-day week is flagged
 * @param morningSession the morning session's times where an establishment has not set its own
 * @param afternoonSession the afternoon's; the defaults make the 32.5-hour week of the DfE's
 *        "Length of the school week" guidance (2023) for mainstream state schools
 * @param overviewMaxAge how old the LA's attendance overview (every pupil's figures, kept for pages and worked out
 *        again in the background once marks change) may grow before it is worked out again; zero works it out for
 *        every page
 */
@ConfigurationProperties("rejoin.attendance")
public record AttendanceProperties(@DefaultValue("10") int continuousUnauthorisedDays, @DefaultValue("15") int illnessDays,
        @DefaultValue("10") int penaltySessions, @DefaultValue("10") int penaltyWeeks, @DefaultValue("5") int unexplainedDays,
        @DefaultValue("50") double surveyThreshold, @DefaultValue("10") int lookedAfterDays,
        @DefaultValue("2") int providerSilenceDays, @DefaultValue("25") double minimumWeeklyHours,
        @DefaultValue("08:45-12:15") String morningSession, @DefaultValue("13:15-16:15") String afternoonSession,
        @DefaultValue("PT10M") java.time.Duration overviewMaxAge) {

    public AttendanceProperties {
        // Read once at start: a mistyped time stops Rejoin starting rather than every page using it.
        SessionTimes.parse(morningSession, afternoonSession);
    }

    public SessionTimes defaultSessionTimes() {
        return SessionTimes.parse(morningSession, afternoonSession);
    }
}
