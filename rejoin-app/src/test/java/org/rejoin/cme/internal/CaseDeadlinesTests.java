package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CmeProperties;
import org.rejoin.cme.Milestone;
import org.rejoin.tasks.NewTask;

/** The case deadlines as a pure function, on a calendar of weekdays that ends where term dates end. */
class CaseDeadlinesTests {

    static final CmeProperties DEFAULTS = new CmeProperties(20, 10, 15, 20, 20);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** Every weekday is a school day up to {@code lastDefined}; asking beyond it is a year without term dates. */
    record Weekdays(LocalDate lastDefined) implements SchoolDays {

        @Override
        public boolean isSchoolDay(LocalDate date) {
            check(date);
            return date.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue();
        }

        @Override
        public LocalDate add(LocalDate date, int days) {
            var d = date;
            for (int left = Math.abs(days); left > 0; ) {
                d = d.plusDays(Integer.signum(days));
                if (isSchoolDay(d)) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public int countBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (var d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                n += isSchoolDay(d) ? 1 : 0;
            }
            return n;
        }

        private void check(LocalDate date) {
            if (date.isAfter(lastDefined)) {
                throw new CalendarNotDefinedException(AcademicYear.of(date));
            }
        }
    }

    static final SchoolDays ALL_YEAR = new Weekdays(LocalDate.of(2027, 8, 31));

    static Map<String, LocalDate> due(java.util.List<NewTask> tasks) {
        return tasks.stream().collect(Collectors.toMap(NewTask::kind, NewTask::dueOn));
    }

    @Test
    void aNewCaseMustBeLocatedInTenDeterminedInFifteenAndInProvisionInTwentySchoolDays() {
        var c = TestCases.of(CaseKind.AT_RISK, MONDAY);
        var tasks = new CaseDeadlines(DEFAULTS).opening(c, MONDAY, ALL_YEAR, MONDAY);
        assertThat(due(tasks)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "CME_LOCATE", LocalDate.of(2026, 11, 16),
                "CME_PROVISION_DETERMINED", LocalDate.of(2026, 11, 23),
                "CME_IN_PROVISION", LocalDate.of(2026, 11, 30)));
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.subjectType()).isEqualTo("CME_CASE");
            assertThat(t.subjectId()).isEqualTo(c.id());
            assertThat(t.rule()).contains("local policy, not statute");
        });
    }

    @Test
    void theTargetsAreTheLocalAuthoritysOwnSettings() {
        var c = TestCases.of(CaseKind.AT_RISK, MONDAY);
        var tasks = new CaseDeadlines(new CmeProperties(20, 5, 15, 20, 20)).opening(c, MONDAY, ALL_YEAR, MONDAY);
        assertThat(due(tasks)).containsEntry("CME_LOCATE", LocalDate.of(2026, 11, 9));
    }

    @Test
    void aChildMissingEducationIsDueTheThresholdFromTheirLastPlacementButNeverBeforeTheCaseOpened() {
        var c = TestCases.of(CaseKind.MISSING_EDUCATION, MONDAY);
        var recent = TestCases.withLastPlacementOn(c, LocalDate.of(2026, 10, 30));
        assertThat(due(new CaseDeadlines(DEFAULTS).opening(recent, MONDAY, ALL_YEAR, MONDAY)))
                .containsEntry("CME_MISSING_THRESHOLD", LocalDate.of(2026, 11, 27));
        var longAgo = TestCases.withLastPlacementOn(c, LocalDate.of(2026, 9, 1));
        assertThat(due(new CaseDeadlines(DEFAULTS).opening(longAgo, MONDAY, ALL_YEAR, MONDAY)))
                .containsEntry("CME_MISSING_THRESHOLD", MONDAY);
    }

    @Test
    void aChildAtRiskHasNoMissingThreshold() {
        var c = TestCases.of(CaseKind.AT_RISK, MONDAY);
        assertThat(due(new CaseDeadlines(DEFAULTS).opening(c, MONDAY, ALL_YEAR, MONDAY)))
                .doesNotContainKey("CME_MISSING_THRESHOLD");
    }

    @Test
    void aReopenedCaseIsNotDueToBeLocatedAgain() {
        var c = TestCases.of(CaseKind.AT_RISK, MONDAY, Milestone.LOCATED, Milestone.CLOSED, Milestone.REOPENED);
        assertThat(due(new CaseDeadlines(DEFAULTS).opening(c, MONDAY.plusDays(3), ALL_YEAR, MONDAY)))
                .containsOnlyKeys("CME_PROVISION_DETERMINED", "CME_IN_PROVISION");
    }

    @Test
    void withoutTheTermDatesADeadlineIsNeverGuessed() {
        var c = TestCases.of(CaseKind.AT_RISK, MONDAY);
        var tasks = new CaseDeadlines(DEFAULTS).opening(c, MONDAY, new Weekdays(LocalDate.of(2026, 11, 18)), MONDAY);
        // The locate deadline falls inside the known dates; the next one does not, so the LA is asked for term dates.
        assertThat(due(tasks)).containsExactlyInAnyOrderEntriesOf(Map.of("CME_LOCATE", LocalDate.of(2026, 11, 16),
                "CME_TERM_DATES_NEEDED", MONDAY));
    }

    @Test
    void aLookedAfterChildMovedInAnEmergencyIsPlacedWithinTwentySchoolDays() {
        var c = TestCases.of(CaseKind.MISSING_EDUCATION, MONDAY);
        var task = new CaseDeadlines(DEFAULTS).lookedAfterPlacement(c, MONDAY, ALL_YEAR, MONDAY);
        assertThat(task.kind()).isEqualTo("CME_LOOKED_AFTER_PLACEMENT");
        assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(task.rule()).contains("statutory guidance");
    }
}
