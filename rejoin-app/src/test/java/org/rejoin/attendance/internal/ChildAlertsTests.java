package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.internal.AlertRules.Day;
import org.rejoin.attendance.internal.AlertRules.Found;
import org.rejoin.rolls.Registrations.Enrolment;

/**
 * The alerts that follow a child (docs/rules/attendance.md): the penalty window in school weeks,
 * across the summer and across schools, the absence run across the summer, and a dual registration
 * counted once.
 */
class ChildAlertsTests {

    private static final AttendanceProperties DEFAULTS = new AttendanceProperties(10, 15, 10, 10, 5, 50, 10, 2, 25, "08:45-12:15", "13:15-16:15",
            java.time.Duration.ofMinutes(10));
    private static final UUID ABBEY = UUID.randomUUID();
    private static final UUID PRU = UUID.randomUUID();
    /** 2026/27 starts on 1 August 2026. */
    private static final LocalDate YEAR_START = LocalDate.of(2026, 8, 1);

    /** Weekdays from {@code from} to {@code to}, each marked {@code marks} (AM and PM), at one establishment. */
    private static List<Day> weekdays(LocalDate from, LocalDate to, String marks, UUID at) {
        var days = new ArrayList<Day>();
        for (var d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day(d, marks, at));
            }
        }
        return days;
    }

    private static Day day(LocalDate date, String marks, UUID at) {
        String[] ap = marks.split(" ");
        return new Day(date, code(ap[0]), code(ap[1]), at);
    }

    private static AttendanceCode code(String mark) {
        return mark.equals("-") ? null : AttendanceCode.ofMark(mark);
    }

    /** Marks {@code marks} on the given dates of a list of days. */
    private static List<Day> with(List<Day> days, String marks, LocalDate... dates) {
        var result = new ArrayList<Day>();
        for (var d : days) {
            result.add(List.of(dates).contains(d.date()) ? day(d.date(), marks, d.establishmentId()) : d);
        }
        return result;
    }

    private static List<Found> penalties(List<Day> days, LocalDate yearStart, List<LocalDate> earlier) {
        return AlertRules.child(days, yearStart, earlier, null, DEFAULTS).stream()
                .filter(f -> f.kind() == AlertKind.PENALTY_THRESHOLD).toList();
    }

    @Test
    void aShortWeekCountsAsAWholeSchoolWeek() {
        // Week 0 is one day (Friday 4 September 2026) with two unauthorised sessions; weeks 1 to 10 are full.
        var days = new ArrayList<Day>();
        days.add(day(LocalDate.of(2026, 9, 4), "G G", ABBEY));
        days.addAll(weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 13), "/ \\", ABBEY));
        // One G a week in weeks 3 to 10 (Mondays 21 September to 9 November): eight more, ten in all.
        var mondays = List.of(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9));
        var marked = with(days, "G \\", mondays.toArray(LocalDate[]::new));
        // On 9 November the ten school weeks are weeks 1 to 10: the short week 0 has left the window, eight remain.
        // Fifty school days back from 9 November would still reach 4 September: a count of days, not weeks, would alert.
        assertThat(penalties(marked, YEAR_START, List.of())).isEmpty();
        // Move the last G a week earlier, into week 9 (2 November's week, on the Tuesday): the window of weeks 0 to 9 holds ten.
        var earlier = with(with(days, "G \\", mondays.subList(0, 7).toArray(LocalDate[]::new)), "G \\", LocalDate.of(2026, 11, 3));
        assertThat(penalties(earlier, YEAR_START, List.of())).singleElement()
                .satisfies(f -> assertThat(f.episode()).isEqualTo(LocalDate.of(2026, 11, 3)));
    }

    @Test
    void thePenaltyWindowRunsOnAcrossTheSummer() {
        // Five unauthorised sessions in the last week of the summer term, five in the first week of the autumn.
        var july = weekdays(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17), "/ \\", ABBEY);
        july.addAll(weekdays(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 22), "/ \\", ABBEY));
        var september = weekdays(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 11), "/ \\", ABBEY);
        var days = new ArrayList<Day>(with(july, "O O", LocalDate.of(2026, 7, 20), LocalDate.of(2026, 7, 21)));
        days.add(0, day(LocalDate.of(2026, 7, 10), "U \\", ABBEY));
        days.addAll(with(september, "G G", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 4)));
        days.set(days.size() - 1, day(LocalDate.of(2026, 9, 11), "N \\", ABBEY));
        // July: 1 + 4 = 5; September: 4 + 1 = 5. Ten within four school weeks, reached on 11 September.
        assertThat(penalties(days, YEAR_START, List.of())).singleElement().satisfies(f -> {
            assertThat(f.episode()).isEqualTo(LocalDate.of(2026, 9, 11));
            assertThat(f.establishmentId()).isEqualTo(ABBEY);
        });
    }

    @Test
    void thePenaltyWindowRunsOnAcrossAChangeOfSchool() {
        var abbey = with(weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 25), "/ \\", ABBEY), "O O",
                LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 22), LocalDate.of(2026, 9, 23));
        var pru = with(weekdays(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 9), "/ \\", PRU), "U U",
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6));
        var days = ChildDays.merge(List.of(abbey, pru));
        // Six sessions at Abbey, four at the PRU: the tenth, on 6 October, is the PRU's.
        assertThat(penalties(days, YEAR_START, List.of())).singleElement().satisfies(f -> {
            assertThat(f.episode()).isEqualTo(LocalDate.of(2026, 10, 6));
            assertThat(f.establishmentId()).isEqualTo(PRU);
        });
        // Each school alone holds fewer than ten.
        assertThat(penalties(abbey, YEAR_START, List.of())).isEmpty();
        assertThat(penalties(pru, YEAR_START, List.of())).isEmpty();
    }

    @Test
    void anAlertRaisedBeforeQuietensTheWindowAsOneFoundNowWould() {
        var days = with(weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 16), "/ \\", ABBEY), "O O",
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9));
        assertThat(penalties(days, YEAR_START, List.of())).hasSize(1);
        // A scan last month raised one on 18 September: within ten school weeks, so none now.
        assertThat(penalties(days, YEAR_START, List.of(LocalDate.of(2026, 9, 18)))).isEmpty();
    }

    @Test
    void anAbsenceRunThatCrossesTheSummerIsOneRunAndOneFoundInJulyIsNotFoundAgain() {
        var july = weekdays(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 22), "O O", ABBEY);
        var september = weekdays(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 4), "O O", ABBEY);
        var days = new ArrayList<>(july);
        days.addAll(september);
        // Eight days in July and two in September: the tenth continuous school day is 3 September.
        assertThat(AlertRules.child(days, YEAR_START, List.of(), null, DEFAULTS))
                .filteredOn(f -> f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED).singleElement()
                .satisfies(f -> assertThat(f.episode()).isEqualTo(LocalDate.of(2026, 7, 13)));
        // A run that reached ten in July was that year's alert.
        var longJuly = weekdays(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 22), "O O", ABBEY);
        longJuly.addAll(september);
        assertThat(AlertRules.child(longJuly, YEAR_START, List.of(), null, DEFAULTS))
                .noneMatch(f -> f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED);
    }

    @Test
    void aHospitalStayAnOfficerRecordedBringsTheIllnessAlertForward() {
        // Five school days of illness so far; a stay of ten school days to come makes fifteen: clear now.
        var sofar = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11), "I I", ABBEY);
        var tenMore = new AlertRules.Expected(10, "hospital stay, 2026-09-14 to 2026-09-25, recorded by cme.officer",
                ABBEY);
        assertThat(AlertRules.child(sofar, YEAR_START, List.of(), tenMore, DEFAULTS))
                .filteredOn(f -> f.kind() == AlertKind.ILLNESS).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("5 school days of illness so far")
                        .contains("10 more expected (hospital stay", "section 19 duty now"));
        var nineMore = new AlertRules.Expected(9, "hospital stay", ABBEY);
        assertThat(AlertRules.child(sofar, YEAR_START, List.of(), nineMore, DEFAULTS))
                .as("fourteen is not yet fifteen").noneMatch(f -> f.kind() == AlertKind.ILLNESS);
    }

    @Test
    void illnessAtTwoSchoolsAddsUpWithinTheYear() {
        var abbey = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 18), "I I", ABBEY);
        var pru = weekdays(LocalDate.of(2026, 9, 21), LocalDate.of(2026, 9, 25), "I I", PRU);
        assertThat(AlertRules.child(ChildDays.merge(List.of(abbey, pru)), YEAR_START, List.of(), null, DEFAULTS))
                .filteredOn(f -> f.kind() == AlertKind.ILLNESS).singleElement()
                .satisfies(f -> assertThat(f.establishmentId()).isEqualTo(PRU));
        // Illness last year does not count towards this year's fifteen days.
        var lastYear = weekdays(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 17), "I I", ABBEY);
        assertThat(AlertRules.child(ChildDays.merge(List.of(lastYear, pru)), YEAR_START, List.of(), null, DEFAULTS))
                .noneMatch(f -> f.kind() == AlertKind.ILLNESS);
    }

    @Test
    void aDualRegistrationCountsEachSessionOnce() {
        // The main school marks D while the child is at the PRU, which marks them unauthorised absent.
        var main = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11), "D D", ABBEY);
        var pru = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 11), "U U", PRU);
        var merged = ChildDays.merge(List.of(main, pru));
        assertThat(merged).hasSize(5).allSatisfy(d -> {
            assertThat(d.am()).isEqualTo(AttendanceCode.ofMark("U"));
            assertThat(d.establishmentId()).isEqualTo(PRU);
        });
        assertThat(penalties(merged, YEAR_START, List.of())).singleElement()
                .satisfies(f -> assertThat(f.evidence()).startsWith("10 unauthorised sessions"));
        // Both present somewhere: a session is present once, never absent because the other school said D.
        var presentAtMain = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7), "/ \\", ABBEY);
        var dAtPru = weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7), "D D", PRU);
        assertThat(ChildDays.merge(List.of(dAtPru, presentAtMain))).singleElement()
                .satisfies(d -> assertThat(d.establishmentId()).isEqualTo(ABBEY));
    }

    @Test
    void aWindowReachedBeforeAugustIsNotCarriedIntoSeptember() {
        // Ten sessions in the last week of July: last year's alert, whether or not it is on record here.
        var days = weekdays(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 17), "O O", ABBEY);
        days.addAll(weekdays(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 11), "/ \\", ABBEY));
        assertThat(penalties(days, YEAR_START, List.of())).isEmpty();
    }

    @Test
    void aCountThatNowReachesTenBeforeAnAlertAlreadyRaisedRaisesNothingNew() {
        // Late marks make the count reach ten on 9 October; an alert was raised on 14 October when fewer had come.
        var days = with(weekdays(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 16), "/ \\", ABBEY), "O O",
                LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9));
        assertThat(penalties(days, YEAR_START, List.of(LocalDate.of(2026, 10, 14)))).isEmpty();
        // An alert dated on a Saturday belongs to that school week, and quietens the weeks after it.
        assertThat(penalties(days, YEAR_START, List.of(LocalDate.of(2026, 9, 19)))).isEmpty();
    }

    private static Enrolment enrolment(UUID at, LocalDate from, LocalDate to) {
        return new Enrolment(UUID.randomUUID(), null, at, from, to, null);
    }

    @Test
    void aSpellOnNoRollBreaksAnAbsenceRunAndItsWeeksCountInThePenaltyWindow() {
        // Five days absent at Abbey, off roll from 12 October to 29 November, five days absent at the PRU.
        var abbey = weekdays(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9), "O O", ABBEY);
        var pru = weekdays(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 4), "O O", PRU);
        var enrolments = List.of(enrolment(ABBEY, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9)),
                enrolment(PRU, LocalDate.of(2026, 11, 30), null));
        var days = ChildDays.markGaps(ChildDays.merge(List.of(abbey, pru)), enrolments);
        assertThat(days.get(5).afterGap()).isTrue();
        var found = AlertRules.child(days, YEAR_START, List.of(), null, DEFAULTS);
        assertThat(found).noneMatch(f -> f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED);
        // Ten sessions at Abbey reach the penalty threshold there; the PRU's week is eight school weeks later,
        // counting the weeks off roll (only one without them), so it falls in the same quiet window.
        assertThat(found).filteredOn(f -> f.kind() == AlertKind.PENALTY_THRESHOLD).singleElement()
                .satisfies(f -> assertThat(f.establishmentId()).isEqualTo(ABBEY));
        int[] weeks = ChildDays.schoolWeeks(days, ChildDays.weekMondays(days));
        assertThat(weeks[5] - weeks[0]).isEqualTo(8);
        // A move from one school on Friday to the next on Monday is no gap.
        var friday = enrolment(ABBEY, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 9));
        var monday = enrolment(PRU, LocalDate.of(2026, 10, 12), null);
        var moved = ChildDays.markGaps(ChildDays.merge(List.of(abbey,
                weekdays(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 16), "O O", PRU))), List.of(friday, monday));
        assertThat(moved).noneMatch(AlertRules.Day::afterGap);
        assertThat(AlertRules.child(moved, YEAR_START, List.of(), null, DEFAULTS))
                .anyMatch(f -> f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED);
    }
}
