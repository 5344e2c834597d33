package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.internal.AlertRules.Day;
import org.rejoin.attendance.internal.AlertRules.Found;

/** docs/rules/attendance.md: each alert on worked examples, once, and never from holidays. */
class AlertRulesTests {

    private static final AttendanceProperties DEFAULTS = new AttendanceProperties(10, 15, 10, 10, 5, 50, 10, 2, 25, "08:45-12:15", "13:15-16:15",
            java.time.Duration.ofMinutes(10));
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

    /** School days from 7 September 2026, weekdays only, with the October half term (26 to 30 October) left out. */
    private static List<Day> days(String... marks) {
        var days = new ArrayList<Day>();
        LocalDate d = FIRST;
        for (String m : marks) {
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                    || !d.isBefore(LocalDate.of(2026, 10, 26)) && !d.isAfter(LocalDate.of(2026, 10, 30))) {
                d = d.plusDays(1);
            }
            String[] ap = m.split(" ");
            days.add(new Day(d, code(ap[0]), code(ap[1])));
            d = d.plusDays(1);
        }
        return days;
    }

    private static AttendanceCode code(String mark) {
        return mark.equals("-") ? null : AttendanceCode.ofMark(mark);
    }

    private static String[] repeat(String mark, int n) {
        var a = new String[n];
        java.util.Arrays.fill(a, mark);
        return a;
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** One enrolment's days, the academic year starting on the first: the child's alerts and the school's. */
    private static List<Found> evaluate(List<Day> days, boolean lookedAfter, boolean placed) {
        LocalDate today = days.get(days.size() - 1).date();
        var found = new ArrayList<>(AlertRules.child(days, FIRST, List.of(), null, DEFAULTS));
        found.addAll(AlertRules.enrolment(days, FIRST, FIRST, today, lookedAfter, placed, DEFAULTS));
        return found;
    }

    private static List<AlertKind> kinds(List<Found> found) {
        return found.stream().map(Found::kind).toList();
    }

    @Test
    void tenContinuousSchoolDaysUnauthorisedAcrossAHalfTermIsOneAlert() {
        // 30 present days take us to 16 October; then 5 days of O, the half term, and 5 more: continuous in school days.
        var days = days(concat(repeat("/ \\", 30), repeat("O O", 15)));
        var found = evaluate(days, false, false);
        assertThat(found).filteredOn(f -> f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED).singleElement().satisfies(f -> {
            assertThat(f.episode()).isEqualTo(LocalDate.of(2026, 10, 19));
            assertThat(f.evidence()).startsWith("10 continuous school days absent without authorisation, 19 October 2026 to 6 November 2026");
        });
        // Nine days, then a day present: no alert.
        assertThat(kinds(evaluate(days(concat(repeat("O O", 9), repeat("/ \\", 3), repeat("O O", 9))), false, false)))
                .doesNotContain(AlertKind.CONTINUOUS_UNAUTHORISED);
        // Authorised absence is not the absence return's concern.
        assertThat(kinds(evaluate(days(repeat("M M", 12)), false, false))).doesNotContain(AlertKind.CONTINUOUS_UNAUTHORISED);
    }

    @Test
    void fifteenDaysOfIllnessConsecutiveOrNotIsOneAlert() {
        var scattered = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            scattered.add(i % 2 == 0 ? "I I" : "/ \\");
        }
        var found = evaluate(days(scattered.toArray(String[]::new)), false, false);
        assertThat(found).filteredOn(f -> f.kind() == AlertKind.ILLNESS).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("15 school days of illness (30 sessions marked I)"));
        assertThat(kinds(evaluate(days(concat(repeat("I I", 14), repeat("/ I", 1))), false, false)))
                .doesNotContain(AlertKind.ILLNESS);
    }

    @Test
    void tenUnauthorisedSessionsWithinTenSchoolWeeks() {
        // A G morning every fifth day: one a school week, the tenth in the tenth school week.
        var marks = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            marks.add(i % 5 == 0 ? "G \\" : "/ \\");
        }
        assertThat(evaluate(days(marks.toArray(String[]::new)), false, false))
                .filteredOn(f -> f.kind() == AlertKind.PENALTY_THRESHOLD).hasSize(1);
        // Forty sessions away in twenty days: one alert, not four.
        assertThat(evaluate(days(repeat("O O", 20)), false, false))
                .filteredOn(f -> f.kind() == AlertKind.PENALTY_THRESHOLD).hasSize(1);
        // One every sixth day: never ten within ten school weeks.
        var sparse = new ArrayList<String>();
        for (int i = 0; i < 60; i++) {
            sparse.add(i % 6 == 0 ? "G \\" : "/ \\");
        }
        assertThat(kinds(evaluate(days(sparse.toArray(String[]::new)), false, false))).doesNotContain(AlertKind.PENALTY_THRESHOLD);
    }

    @Test
    void anNNotReplacedWithinFiveSchoolDays() {
        // Today is the sixth school day after the N: the fifth, its last permitted day, has ended.
        assertThat(evaluate(days(concat(new String[] {"N \\"}, repeat("/ \\", 6))), false, false))
                .filteredOn(f -> f.kind() == AlertKind.REASON_NOT_ESTABLISHED).singleElement()
                .satisfies(f -> assertThat(f.episode()).isEqualTo(FIRST));
        // Today is the fifth school day after the N, the last permitted day: the school has all of it.
        var lastPermittedDay = days(concat(new String[] {"N \\"}, repeat("/ \\", 5)));
        assertThat(kinds(evaluate(lastPermittedDay, false, false))).doesNotContain(AlertKind.REASON_NOT_ESTABLISHED);
        // The next morning (here a Tuesday), it has ended.
        LocalDate nextMorning = lastPermittedDay.get(lastPermittedDay.size() - 1).date().plusDays(1);
        assertThat(kinds(AlertRules.enrolment(lastPermittedDay, FIRST, FIRST, nextMorning, false, false, DEFAULTS)))
                .contains(AlertKind.REASON_NOT_ESTABLISHED);
        // Three Ns left too long: one alert naming all three.
        assertThat(evaluate(days(concat(new String[] {"N \\", "/ N", "N N"}, repeat("/ \\", 6))), false, false))
                .filteredOn(f -> f.kind() == AlertKind.REASON_NOT_ESTABLISHED).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("on 3 days: 2026-09-07, 2026-09-08, 2026-09-09"));
    }

    @Test
    void attendanceBelowTheSurveyThreshold() {
        // 12 of 22 possible sessions missed: 45.5%.
        assertThat(kinds(evaluate(days(concat(repeat("I O", 6), repeat("/ \\", 5))), false, false)))
                .contains(AlertKind.LOW_ATTENDANCE);
        assertThat(kinds(evaluate(days(concat(repeat("/ \\", 6), repeat("O \\", 5))), false, false)))
                .doesNotContain(AlertKind.LOW_ATTENDANCE);
        // Closures are not possible sessions: a week of # does not lower attendance.
        assertThat(kinds(evaluate(days(concat(repeat("# #", 5), repeat("/ \\", 6))), false, false)))
                .doesNotContain(AlertKind.LOW_ATTENDANCE);
    }

    @Test
    void aLookedAfterChildAbsentTenDays() {
        var days = days(concat(repeat("M M", 5), repeat("/ \\", 3), repeat("O O", 5)));
        assertThat(kinds(evaluate(days, true, false))).contains(AlertKind.LOOKED_AFTER_ABSENT);
        assertThat(kinds(evaluate(days, false, false))).doesNotContain(AlertKind.LOOKED_AFTER_ABSENT);
    }

    @Test
    void aProviderSilentForTwoSchoolDays() {
        // Today is the last day; the two school days before it have no marks.
        var days = days(concat(repeat("/ \\", 5), repeat("- -", 3)));
        assertThat(evaluate(days, false, true)).filteredOn(f -> f.kind() == AlertKind.PROVIDER_SILENT).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("(2 school days)"));
        assertThat(kinds(evaluate(days, false, false))).as("only for a placed pupil").doesNotContain(AlertKind.PROVIDER_SILENT);
        assertThat(kinds(evaluate(days(concat(repeat("/ \\", 5), repeat("- -", 1), repeat("/ \\", 1), repeat("- -", 1))),
                false, true))).doesNotContain(AlertKind.PROVIDER_SILENT);
    }
}
