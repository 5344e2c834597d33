package org.rejoin.attendance;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A part-time timetable (code {@code C2}; docs/rules/attendance.md): exceptional, time-limited, with a date for
 * full-time attendance, and reviewed. The child attends only the sessions it names; the others are
 * not offered, and are marked {@code C2}.
 *
 * @param sessions the sessions attended, a bit each from Monday morning (bit 0) to Friday afternoon (bit 9)
 * @param endedOn when the child went back to full time or the timetable stopped; null while it runs
 */
public record PartTimeTimetable(UUID id, UUID childId, UUID establishmentId, String establishmentName, LocalDate startsOn,
        LocalDate plannedEndOn, LocalDate reviewOn, String reason, int sessions, LocalDate endedOn, Instant recordedAt,
        String recordedBy, long version) {

    /** Every session of the week: a timetable naming all of them is full time. */
    public static final int FULL_WEEK = (1 << 10) - 1;

    /** The bit of a weekday's session; -1 at weekends. */
    public static int bit(DayOfWeek day, Session session) {
        int d = day.getValue() - 1;
        return d > 4 ? -1 : d * 2 + (session == Session.PM ? 1 : 0);
    }

    /** Whether the timetable is in force on a day: from its start until it ends, or until its planned end. */
    public boolean inForceOn(LocalDate date) {
        LocalDate last = endedOn != null ? endedOn.minusDays(1) : plannedEndOn;
        return !date.isBefore(startsOn) && !date.isAfter(last);
    }

    /** Whether the child is timetabled to attend this session. */
    public boolean attends(DayOfWeek day, Session session) {
        int bit = bit(day, session);
        return bit >= 0 && (sessions & (1 << bit)) != 0;
    }

    public int sessionsPerWeek() {
        return Integer.bitCount(sessions);
    }

    public boolean isOpen() {
        return endedOn == null;
    }
}
