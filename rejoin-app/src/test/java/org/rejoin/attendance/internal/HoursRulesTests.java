package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.Session;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.attendance.WeekHours;
import org.rejoin.attendance.internal.HoursRules.Provision;

/** Hours offered and attended across concurrent provision, on worked examples (ADR 15). */
class HoursRulesTests {

    /** 3.5 hours in the morning and 3 in the afternoon: the 32.5-hour week. */
    private static final SessionTimes SCHOOL = SessionTimes.parse("08:45-12:15", "13:15-16:15");
    /** An AP teaching 3 hours a morning and 2 an afternoon. */
    private static final SessionTimes AP = SessionTimes.parse("09:30-12:30", "13:00-15:00");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    private static final UUID SCHOOL_ID = UUID.randomUUID();
    private static final UUID AP_ID = UUID.randomUUID();

    /** A week of marks from Monday morning: ten codes, "-" for none. */
    private static Map<LocalDate, byte[]> week(String marks) {
        byte[] row = new byte[MonthMarks.LENGTH];
        String[] codes = marks.split(" ");
        for (int i = 0; i < codes.length; i++) {
            if (!codes[i].equals("-")) {
                row[MonthMarks.offset(MONDAY.plusDays(i / 2), i % 2 == 0 ? Session.AM : Session.PM)] = AttendanceCode.ofMark(codes[i]).id();
            }
        }
        var months = new HashMap<LocalDate, byte[]>();
        months.put(MONDAY.withDayOfMonth(1), row);
        return months;
    }

    private static Provision provision(UUID id, SessionTimes times, String marks, PartTimeTimetable... timetables) {
        return new Provision(id, MONDAY.minusYears(1), null, times, d -> d.getDayOfWeek().getValue() <= 5, week(marks),
                List.of(timetables));
    }

    private static WeekHours one(List<Provision> provisions) {
        var weeks = HoursRules.weeks(provisions, MONDAY, MONDAY.plusDays(4), 25);
        assertThat(weeks).hasSize(1);
        return weeks.get(0);
    }

    @Test
    void aFullWeekAtSchoolIsThirtyTwoAndAHalfHours() {
        var w = one(List.of(provision(SCHOOL_ID, SCHOOL, "/ \\ / \\ / \\ / \\ I I")));
        assertThat(w.schoolDays()).isEqualTo(5);
        assertThat(w.offered()).isEqualTo(32.5);
        assertThat(w.attended()).as("illness is offered education not taken").isEqualTo(26.0);
        assertThat(w.isShort()).isFalse();
    }

    @Test
    void dualRegistrationCountsEachSessionOnceWhereverTheChildWas() {
        // Mornings at the AP (the school marks D), afternoons at school (the AP marks D).
        var school = provision(SCHOOL_ID, SCHOOL, "D / D / D / D / D O");
        var ap = provision(AP_ID, AP, "/ D / D / D / D / D");
        var w = one(List.of(school, ap));
        assertThat(w.offered()).as("3 AP hours each morning, 3 school hours each afternoon").isEqualTo(30.0);
        assertThat(w.attended()).as("Friday afternoon missed at school").isEqualTo(27.0);
        // Both present in the same session (a K at school while the AP marks present): counted once, the longer.
        var both = one(List.of(provision(SCHOOL_ID, SCHOOL, "K K K K K K K K K K"), provision(AP_ID, AP, "/ / / / / / / / / /")));
        assertThat(both.offered()).isEqualTo(32.5);
        assertThat(both.attended()).isEqualTo(32.5);
    }

    @Test
    void aPartTimeTimetableAndExclusionWithoutProvisionAreNotOffered() {
        int mornings = 0;
        for (int d = 1; d <= 5; d++) {
            mornings |= 1 << PartTimeTimetable.bit(DayOfWeek.of(d), Session.AM);
        }
        var timetable = new PartTimeTimetable(UUID.randomUUID(), UUID.randomUUID(), SCHOOL_ID, "School", MONDAY.minusWeeks(1),
                MONDAY.plusWeeks(3), MONDAY.plusWeeks(1), "Phased return", mornings, null, Instant.now(), "school", 0);
        // Afternoons outside the timetable count as nothing offered, whatever they are marked.
        var w = one(List.of(provision(SCHOOL_ID, SCHOOL, "/ C2 / C2 / - / C2 I C2", timetable)));
        assertThat(w.offered()).isEqualTo(17.5);
        assertThat(w.attended()).isEqualTo(14.0);
        assertThat(w.isShort()).isTrue();
        var excluded = one(List.of(provision(SCHOOL_ID, SCHOOL, "E E E E / \\ / \\ / \\")));
        assertThat(excluded.offered()).as("E: suspended with no alternative provision").isEqualTo(19.5);
        // Another school's timetable does not bind this one.
        var elsewhere = one(List.of(provision(AP_ID, SCHOOL, "/ \\ / \\ / \\ / \\ / \\", timetable)));
        assertThat(elsewhere.offered()).isEqualTo(32.5);
    }

    @Test
    void aShortWeekAsksForProportionatelyFewerHoursAndHolidaysNeitherCountNorBreakARun() {
        // A four-day week (an INSET Monday) of full days is not short; three short weeks around a holiday are one run.
        var inset = new Provision(SCHOOL_ID, MONDAY.minusYears(1), null, SCHOOL,
                d -> d.getDayOfWeek().getValue() <= 5 && !d.equals(MONDAY), week("- - / \\ / \\ / \\ / \\"), List.of());
        var w = one(List.of(inset));
        assertThat(w.schoolDays()).isEqualTo(4);
        assertThat(w.required()).isEqualTo(20.0);
        assertThat(w.isShort()).isFalse();

        var weeks = List.of(new WeekHours(MONDAY.minusWeeks(4), 5, 32.5, 30, 25), new WeekHours(MONDAY.minusWeeks(3), 5, 12, 12, 25),
                new WeekHours(MONDAY.minusWeeks(2), 0, 0, 0, 0), new WeekHours(MONDAY.minusWeeks(1), 5, 15, 10, 25),
                new WeekHours(MONDAY, 3, 9, 9, 15));
        var run = HoursRules.shortRun(weeks);
        assertThat(run.since()).isEqualTo(MONDAY.minusWeeks(3));
        assertThat(run.weeks()).isEqualTo(3);
        assertThat(run.latest().monday()).isEqualTo(MONDAY);
        assertThat(HoursRules.shortRun(weeks.subList(0, 1))).isNull();
    }
    @Test
    void theRunWorkedOutNewestWeekFirstIsTheRunOfTheWholeTerm() {
        // Present all week before half term, half term, then two weeks suspended with no provision (E).
        byte[] october = new byte[MonthMarks.LENGTH];
        byte[] november = new byte[MonthMarks.LENGTH];
        for (LocalDate d = LocalDate.of(2026, 10, 19); !d.isAfter(MONDAY.plusDays(4)); d = d.plusDays(1)) {
            boolean halfTerm = d.getMonthValue() == 10 && d.getDayOfMonth() >= 26;
            if (d.getDayOfWeek().getValue() > 5 || halfTerm) {
                continue;
            }
            byte[] row = d.getMonthValue() == 10 ? october : november;
            for (var session : Session.values()) {
                row[MonthMarks.offset(d, session)] = (d.getMonthValue() == 10 ? AttendanceCode.PRESENT_AM
                        : AttendanceCode.SUSPENDED_OR_EXCLUDED).id();
            }
        }
        var months = Map.of(LocalDate.of(2026, 10, 1), october, LocalDate.of(2026, 11, 1), november);
        var provision = new Provision(SCHOOL_ID, MONDAY.minusYears(1), null, SCHOOL, d -> d.getDayOfWeek().getValue() <= 5
                && !(d.getMonthValue() == 10 && d.getDayOfMonth() >= 26), months, List.of());
        LocalDate from = LocalDate.of(2026, 10, 19);
        var lazy = HoursRules.shortRun(List.of(provision), from, MONDAY.plusDays(4), 25);
        assertThat(lazy).isEqualTo(HoursRules.shortRun(HoursRules.weeks(List.of(provision), from, MONDAY.plusDays(4), 25)));
        assertThat(lazy.since()).isEqualTo(MONDAY.minusWeeks(1));
        assertThat(lazy.weeks()).isEqualTo(2);
        assertThat(lazy.latest().offered()).isZero();
    }
}
