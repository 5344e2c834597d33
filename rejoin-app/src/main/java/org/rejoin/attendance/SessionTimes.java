package org.rejoin.attendance;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * When an establishment's morning and afternoon sessions teach, and so how many hours of education
 * each offers (ADR 15). An establishment without its own uses the LA's default
 * ({@link AttendanceProperties#morningSession()}, {@link AttendanceProperties#afternoonSession()}).
 */
public record SessionTimes(LocalTime amStarts, LocalTime amEnds, LocalTime pmStarts, LocalTime pmEnds) {

    public SessionTimes {
        if (!amEnds.isAfter(amStarts) || pmStarts.isBefore(amEnds) || !pmEnds.isAfter(pmStarts)) {
            throw new IllegalArgumentException("Sessions must run forwards, the afternoon after the morning: " + amStarts + "-"
                    + amEnds + ", " + pmStarts + "-" + pmEnds);
        }
    }

    /** Times written {@code 08:45-12:15} for the morning and {@code 13:15-16:15} for the afternoon. */
    public static SessionTimes parse(String morning, String afternoon) {
        try {
            String[] am = morning.split("-");
            String[] pm = afternoon.split("-");
            return new SessionTimes(LocalTime.parse(am[0].trim()), LocalTime.parse(am[1].trim()), LocalTime.parse(pm[0].trim()),
                    LocalTime.parse(pm[1].trim()));
        }
        catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("Session times are written 08:45-12:15: " + morning + ", " + afternoon, e);
        }
    }

    /** The hours a session teaches. */
    public double hours(Session session) {
        // Seconds of the day, not a Duration: the morning scan asks this of every session of every pupil.
        int seconds = session == Session.AM ? amEnds.toSecondOfDay() - amStarts.toSecondOfDay()
                : pmEnds.toSecondOfDay() - pmStarts.toSecondOfDay();
        return seconds / 60 / 60.0;
    }

    /** The hours of a full school day. */
    public double dailyHours() {
        return hours(Session.AM) + hours(Session.PM);
    }
}
