package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.rolls.RegisterMarks;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks a school sent Rejoin, on the school's own school days, for a deletion that rests on an
 * absence (reg 9(1)(h) and (i); docs/rules/rolls.md). Called by {@code rolls} for the school's own
 * pupil, within its checks of who may act.
 */
@Component
@Transactional(readOnly = true)
class RegisterMarksForRolls implements RegisterMarks {

    private final JdbcMonthRows months;
    private final SchoolCalendar calendar;

    RegisterMarksForRolls(JdbcMonthRows months, SchoolCalendar calendar) {
        this.months = months;
        this.calendar = calendar;
    }

    @Override
    public List<MarkedDay> schoolDays(UUID childId, UUID establishmentId, LocalDate from, LocalDate to) {
        Map<LocalDate, Mark[]> byDay = new HashMap<>();
        months.marks(List.of(childId), from, to).stream().filter(m -> m.establishmentId().equals(establishmentId))
                .forEach(m -> byDay.computeIfAbsent(m.date(), d -> new Mark[2])[m.session() == Session.AM ? 0 : 1] =
                        new Mark(m.code().mark(), kind(m.code())));
        var schoolDays = calendar.forEstablishment(establishmentId);
        var days = new ArrayList<MarkedDay>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (schoolDays.isSchoolDay(day)) {
                var marks = byDay.getOrDefault(day, new Mark[2]);
                days.add(new MarkedDay(day, marks[0], marks[1]));
            }
        }
        return days;
    }

    static MarkKind kind(AttendanceCode code) {
        if (code == AttendanceCode.ILLNESS) {
            return MarkKind.ILLNESS;
        }
        if (code.isLeaveOfAbsence()) {
            return MarkKind.LEAVE;
        }
        return switch (code.category()) {
            case PRESENT, PRESENT_OFF_SITE -> MarkKind.ATTENDED;
            case UNAUTHORISED -> MarkKind.UNAUTHORISED;
            case AUTHORISED -> MarkKind.OTHER_AUTHORISED;
            case NOT_POSSIBLE -> MarkKind.NOT_POSSIBLE;
        };
    }
}
