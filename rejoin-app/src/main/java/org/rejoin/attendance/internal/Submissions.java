package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceOverview.Unmarked;
import org.rejoin.rolls.RollEntry;

/**
 * Whether an establishment's marks have come: the latest day marked in a month's row, and the pupils on the roll
 * with none since marks were expected (docs/rules/attendance.md).
 */
final class Submissions {

    private Submissions() {
    }

    /** The latest day of a month with a mark in either session, or null when none is marked. */
    static LocalDate lastMarked(LocalDate month, byte[] marks) {
        for (int i = marks.length - 1; i >= 0; i--) {
            if (AttendanceCode.ofId(marks[i]) != null) {
                return month.plusDays(i / 2);
            }
        }
        return null;
    }

    /**
     * The pupils on the roll since marks were expected whose latest mark, if any, is older than that day; none when
     * no day is expected (the establishment has no calendar).
     */
    static List<Unmarked> unmarked(List<RollEntry> roll, Map<UUID, LocalDate> lastMarked, LocalDate expectedSince) {
        var unmarked = new ArrayList<Unmarked>();
        if (expectedSince == null) {
            return unmarked;
        }
        for (var r : roll) {
            LocalDate last = lastMarked.get(r.childId());
            if ((last == null || last.isBefore(expectedSince)) && !r.startsOn().isAfter(expectedSince)) {
                unmarked.add(new Unmarked(r.childId(), r.name(), last));
            }
        }
        return unmarked;
    }
}
