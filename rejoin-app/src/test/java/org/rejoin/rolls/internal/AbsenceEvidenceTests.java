package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.rolls.RegisterMarks.Mark;
import org.rejoin.rolls.RegisterMarks.MarkKind;
import org.rejoin.rolls.RegisterMarks.MarkedDay;
import org.rejoin.rolls.internal.AbsenceEvidence.Verdict;

/**
 * Reg 9(1)(h) and (i) of the School Attendance (Pupil Registration) (England) Regulations 2024 against
 * the register: 20 continuous school days of unauthorised absence, and no attendance in the 10 school
 * days after leave, from the regulation's own cases.
 */
class AbsenceEvidenceTests {

    static final Mark O = new Mark("O", MarkKind.UNAUTHORISED);
    static final Mark N = new Mark("N", MarkKind.UNAUTHORISED);
    static final Mark PRESENT = new Mark("/", MarkKind.ATTENDED);
    static final Mark ILL = new Mark("I", MarkKind.ILLNESS);
    static final Mark LEAVE = new Mark("C", MarkKind.LEAVE);

    /** Weekdays from {@code from}, {@code count} of them, each marked {@code am} and {@code pm}. */
    static List<MarkedDay> weekdays(LocalDate from, int count, Mark am, Mark pm) {
        var days = new ArrayList<MarkedDay>();
        for (LocalDate d = from; days.size() < count; d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(new MarkedDay(d, am, pm));
            }
        }
        return days;
    }

    static List<MarkedDay> then(List<MarkedDay> first, int count, Mark am, Mark pm) {
        var all = new ArrayList<>(first);
        all.addAll(weekdays(first.get(first.size() - 1).day().plusDays(1), count, am, pm));
        return all;
    }

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Test
    void twentySchoolDaysOfUnauthorisedAbsenceInTheMarksAreEnough() {
        var days = then(weekdays(MONDAY, 5, PRESENT, PRESENT), 20, O, N);
        var finding = AbsenceEvidence.continuousAbsence(days, null);
        assertThat(finding.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(finding.detail()).contains("20 school days");
    }

    @Test
    void nineteenAreNotAndThePresentMarkIsNamed() {
        var days = then(weekdays(MONDAY, 5, PRESENT, PRESENT), 19, O, O);
        var finding = AbsenceEvidence.continuousAbsence(days, MONDAY);
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.detail()).contains("/ (present", "11 September 2026", "19 school days");
    }

    @Test
    void aChildMarkedPresentThatMorningIsNotContinuouslyAbsent() {
        var days = then(weekdays(MONDAY, 25, O, O), 1, PRESENT, null);
        var finding = AbsenceEvidence.continuousAbsence(days, MONDAY);
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.detail()).startsWith("The register shows / (present");
    }

    @Test
    void illnessOrAnAuthorisedAbsenceBreaksTheRun() {
        var days = then(then(weekdays(MONDAY, 10, O, O), 1, O, ILL), 12, O, O);
        var finding = AbsenceEvidence.continuousAbsence(days, null);
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.detail()).contains("I (illness)", "12 school days");
    }

    @Test
    void daysNotYetMarkedAtTheEndArePassedOver() {
        var days = then(weekdays(MONDAY, 20, O, O), 2, null, null);
        assertThat(AbsenceEvidence.continuousAbsence(days, null).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void withoutTheMarksTheSchoolsDatesStandUnverifiedIfTheyHold20SchoolDays() {
        var unmarked = weekdays(MONDAY, 30, null, null);
        assertThat(AbsenceEvidence.continuousAbsence(unmarked, null).detail()).as("dates needed").isNull();
        var finding = AbsenceEvidence.continuousAbsence(unmarked, unmarked.get(10).day());
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(finding.detail()).contains("no marks");
        var tooShort = AbsenceEvidence.continuousAbsence(unmarked, unmarked.get(11).day());
        assertThat(tooShort.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(tooShort.detail()).contains("19 school days");
    }

    @Test
    void partMarksPartTheSchoolsWordIsUnverifiedUnlessAMarkSaysOtherwise() {
        var days = then(weekdays(MONDAY, 15, null, null), 10, O, O);
        var finding = AbsenceEvidence.continuousAbsence(days, MONDAY);
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(finding.detail()).contains("10 school days");
        var present = then(then(weekdays(MONDAY, 5, null, null), 1, PRESENT, null), 14, null, null);
        var withAMark = then(present, 10, O, O);
        assertThat(AbsenceEvidence.continuousAbsence(withAMark, MONDAY).verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aDayTheSchoolWasClosedNeitherCountsNorBreaksTheRun() {
        var closed = new Mark("Y4", MarkKind.NOT_POSSIBLE);
        var days = then(then(weekdays(MONDAY, 10, O, O), 1, closed, closed), 10, O, O);
        var finding = AbsenceEvidence.continuousAbsence(days, null);
        assertThat(finding.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(finding.detail()).contains("20 school days");
        var nineteen = then(then(weekdays(MONDAY, 9, O, O), 1, closed, closed), 10, O, O);
        assertThat(AbsenceEvidence.continuousAbsence(nineteen, null).verdict()).as("the closure is not the 20th")
                .isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void theRunCrossesTheHolidaysBecauseOnlySchoolDaysAreListed() {
        // Half term falls between: the days passed are school days only, so 10 before and 10 after make 20.
        var before = weekdays(LocalDate.of(2026, 10, 12), 10, O, O);
        var after = weekdays(LocalDate.of(2026, 11, 2), 10, O, O);
        var days = new ArrayList<>(before);
        days.addAll(after);
        assertThat(AbsenceEvidence.continuousAbsence(days, null).verdict()).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void groundHNeedsTenSchoolDaysWithoutAttendanceAfterTheLeave() {
        var leave = weekdays(MONDAY, 5, LEAVE, LEAVE);
        LocalDate leaveTo = leave.get(4).day();
        var tenAbsent = then(leave, 10, O, O);
        LocalDate tenth = tenAbsent.get(14).day();
        assertThat(AbsenceEvidence.afterLeave(tenAbsent, MONDAY, leaveTo, tenth).verdict()).isEqualTo(Verdict.VERIFIED);

        var nineSoFar = tenAbsent.subList(0, 14);
        var early = AbsenceEvidence.afterLeave(nineSoFar, MONDAY, leaveTo, nineSoFar.get(13).day());
        assertThat(early.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(early.detail()).contains("only 9 school days");

        var cameBack = then(then(leave, 6, O, O), 4, PRESENT, PRESENT);
        var attended = AbsenceEvidence.afterLeave(cameBack, MONDAY, leaveTo, cameBack.get(14).day());
        assertThat(attended.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(attended.detail()).contains("/ (present");
    }

    @Test
    void groundHLeaveMustBeLeaveInTheRegisterAndUnmarkedDaysLeaveItUnverified() {
        var notLeave = then(weekdays(MONDAY, 5, O, O), 10, O, O);
        var finding = AbsenceEvidence.afterLeave(notLeave, MONDAY, notLeave.get(4).day(), notLeave.get(14).day());
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.detail()).contains("not leave of absence");

        var unmarked = weekdays(MONDAY, 15, null, null);
        assertThat(AbsenceEvidence.afterLeave(unmarked, MONDAY, unmarked.get(4).day(), unmarked.get(14).day()).verdict())
                .isEqualTo(Verdict.UNVERIFIED);
    }
}
