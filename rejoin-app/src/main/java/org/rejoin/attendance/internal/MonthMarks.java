package org.rejoin.attendance.internal;

import java.time.LocalDate;

import org.rejoin.attendance.Session;

/**
 * The layout of a month row (ADR 14): 62 bytes, day d's morning at 2(d-1) and its afternoon at
 * 2(d-1)+1, each byte an {@link org.rejoin.attendance.AttendanceCode#id()}, 0 for no mark.
 */
final class MonthMarks {

    static final int LENGTH = 62;

    private MonthMarks() {
    }

    static int offset(LocalDate date, Session session) {
        return (date.getDayOfMonth() - 1) * 2 + (session == Session.PM ? 1 : 0);
    }
}
