package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceOverview.Unmarked;
import org.rejoin.attendance.Session;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.RollEntry;

/** Whether an establishment's marks have come, on worked examples. */
class SubmissionsTests {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate EXPECTED_SINCE = LocalDate.of(2026, 11, 16);

    private static byte[] marked(LocalDate... days) {
        byte[] row = new byte[MonthMarks.LENGTH];
        for (var day : days) {
            row[MonthMarks.offset(day, Session.AM)] = AttendanceCode.ofMark("/").id();
        }
        return row;
    }

    private static RollEntry pupil(String name, LocalDate startsOn) {
        return new RollEntry(UUID.randomUUID(), name, LocalDate.of(2014, 3, 1), null, EnrolmentStatus.SINGLE, startsOn);
    }

    @Test
    void theLastMarkedDayIsTheLatestWithAMark() {
        assertThat(Submissions.lastMarked(NOVEMBER, marked(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17))))
                .isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(Submissions.lastMarked(NOVEMBER, marked(LocalDate.of(2026, 11, 30)))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aMonthWithNoMarksHasNoLastMarkedDay() {
        assertThat(Submissions.lastMarked(NOVEMBER, new byte[MonthMarks.LENGTH])).isNull();
    }

    @Test
    void pupilsWithNoMarkSinceTheExpectedDayAreUnmarked() {
        var current = pupil("Current", LocalDate.of(2026, 9, 3));
        var stale = pupil("Stale", LocalDate.of(2026, 9, 3));
        var never = pupil("Never", LocalDate.of(2026, 9, 3));
        var lastMarked = Map.of(current.childId(), EXPECTED_SINCE, stale.childId(), LocalDate.of(2026, 11, 13));

        assertThat(Submissions.unmarked(List.of(current, stale, never), lastMarked, EXPECTED_SINCE)).containsExactly(
                new Unmarked(stale.childId(), "Stale", LocalDate.of(2026, 11, 13)), new Unmarked(never.childId(), "Never", null));
    }

    @Test
    void aPupilWhoJoinedAfterTheExpectedDayIsNotYetUnmarked() {
        var joiner = pupil("Joiner", EXPECTED_SINCE.plusDays(1));

        assertThat(Submissions.unmarked(List.of(joiner), Map.of(), EXPECTED_SINCE)).isEmpty();
    }

    @Test
    void withoutACalendarNoPupilIsCalledUnmarked() {
        assertThat(Submissions.unmarked(List.of(pupil("Any", LocalDate.of(2026, 9, 3))), Map.of(), null)).isEmpty();
    }
}
