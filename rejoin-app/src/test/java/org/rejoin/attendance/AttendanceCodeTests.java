package org.rejoin.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoin.attendance.AttendanceCode.Category;

/** docs/rules/attendance.md: every national code, how it counts, and the figures on worked examples. */
class AttendanceCodeTests {

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource(delimiter = ' ', value = {
            "/ PRESENT", "\\ PRESENT", "L PRESENT",
            "K PRESENT_OFF_SITE", "V PRESENT_OFF_SITE", "P PRESENT_OFF_SITE", "W PRESENT_OFF_SITE", "B PRESENT_OFF_SITE",
            "D NOT_POSSIBLE",
            "C1 AUTHORISED", "M AUTHORISED", "J1 AUTHORISED", "S AUTHORISED", "C2 AUTHORISED", "C AUTHORISED",
            "T AUTHORISED", "R AUTHORISED", "I AUTHORISED", "E AUTHORISED",
            "Q NOT_POSSIBLE", "Y1 NOT_POSSIBLE", "Y2 NOT_POSSIBLE", "Y3 NOT_POSSIBLE", "Y4 NOT_POSSIBLE", "Y5 NOT_POSSIBLE",
            "Y6 NOT_POSSIBLE", "Y7 NOT_POSSIBLE",
            "G UNAUTHORISED", "N UNAUTHORISED", "O UNAUTHORISED", "U UNAUTHORISED",
            "X NOT_POSSIBLE", "Z NOT_POSSIBLE", "# NOT_POSSIBLE"})
    void everyCodeCountsAsTheRulesSay(String mark, Category category) {
        var code = AttendanceCode.ofMark(mark);
        assertThat(code).isNotNull();
        assertThat(code.category()).isEqualTo(category);
        assertThat(code.category().isPossible()).as("possible session").isEqualTo(category != Category.NOT_POSSIBLE);
        assertThat(AttendanceCode.ofId(code.id())).isEqualTo(code);
    }

    @Test
    void onlyTheNationalCodesAreCodes() {
        assertThat(AttendanceCode.values()).hasSize(34);
        assertThat(Arrays.stream(AttendanceCode.values()).map(AttendanceCode::id).distinct()).hasSize(34);
        for (String notACode : new String[] {"A", "c2", "Y8", "F", "H", "*", "-", "", "  "}) {
            assertThat(AttendanceCode.ofMark(notACode)).as(notACode).isNull();
        }
        assertThat(AttendanceCode.ofId((byte) 0)).isNull();
    }

    private static AttendanceFigures figures(int present, int offSite, int authorised, int unauthorised) {
        return new AttendanceFigures(UUID.randomUUID(), "School", present + offSite + authorised + unauthorised, present,
                offSite, authorised, unauthorised, 0);
    }

    @Test
    void persistentAndSevereAbsenceOnWorkedExamples() {
        // 180 possible sessions, 18 missed: exactly 10%, persistent.
        var tenPercent = figures(150, 12, 10, 8);
        assertThat(tenPercent.absenceRate()).isEqualTo(10.0);
        assertThat(tenPercent.attendancePercent()).isEqualTo(90.0);
        assertThat(tenPercent.persistentAbsence()).isTrue();
        assertThat(tenPercent.severeAbsence()).isFalse();
        // 17 of 180 missed: 9.4%, not persistent; off-site education counts as present.
        var under = figures(151, 12, 9, 8);
        assertThat(under.persistentAbsence()).isFalse();
        assertThat(under.attendancePercent()).isEqualTo(90.6);
        // 90 of 180 missed: severe, and persistent too.
        var half = figures(90, 0, 30, 60);
        assertThat(half.severeAbsence()).isTrue();
        assertThat(half.persistentAbsence()).isTrue();
        assertThat(half.attendancePercent()).isEqualTo(50.0);
        // Nothing possible (closed all period): no rate, no flag.
        var none = new AttendanceFigures(UUID.randomUUID(), "School", 0, 0, 0, 0, 0, 20);
        assertThat(none.persistentAbsence()).isFalse();
        assertThat(none.attendancePercent()).isZero();
    }

    @Test
    void aRateJustBelowAThresholdIsNeverShownAsTheThreshold() {
        // 999 of 10,000 sessions missed: 9.99%, not persistent; rounded to one place it would read 10.0.
        var justUnder = figures(9001, 0, 599, 400);
        assertThat(justUnder.persistentAbsence()).isFalse();
        assertThat(justUnder.absenceRate()).isEqualTo(9.99);
        assertThat(justUnder.attendancePercent()).isEqualTo(90.01);
        // 4,996 of 10,000: 49.96%, persistent but not severe.
        var nearlySevere = figures(5004, 0, 2000, 2996);
        assertThat(nearlySevere.severeAbsence()).isFalse();
        assertThat(nearlySevere.absenceRate()).isEqualTo(49.96);
        assertThat(nearlySevere.attendancePercent()).isEqualTo(50.04);
        // 1,001 of 10,000: 10.01%, persistent, shown to one place as usual.
        var justOver = figures(8999, 0, 601, 400);
        assertThat(justOver.persistentAbsence()).isTrue();
        assertThat(justOver.absenceRate()).isEqualTo(10.0);
        assertThat(justOver.attendancePercent()).isEqualTo(90.0);
    }
}
