package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.Milestone;

class CaseFiguresTests {

    @Test
    void percentilesAreNearestRank() {
        var days = java.util.List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(CaseFigures.percentile(days, 50)).isEqualTo(5);
        assertThat(CaseFigures.percentile(days, 90)).isEqualTo(9);
        assertThat(CaseFigures.percentile(java.util.List.of(), 50)).isNull();
    }

    @Test
    void daysToProvisionAreCalendarDaysFromReferralForCasesThatGotThere() {
        var placed = TestCases.of(CaseKind.MISSING_EDUCATION, LocalDate.of(2026, 11, 2),
                Milestone.LOCATED, Milestone.NEEDS_DETERMINED, Milestone.PROVISION_IDENTIFIED, Milestone.PROVISION_ACCESSED);
        var waiting = TestCases.of(CaseKind.MISSING_EDUCATION, LocalDate.of(2026, 11, 2), Milestone.LOCATED);
        // Referred on the day before identification; steps a day apart, so provision accessed on 6 November.
        assertThat(CaseFigures.daysToProvision(List.of(placed, waiting))).containsExactly(5L);
    }

    @Test
    void everyStatusIsCountedEvenWhenNoCaseHasIt() {
        var byStatus = CaseFigures.byStatus(List.of(TestCases.of(CaseKind.AT_RISK, LocalDate.of(2026, 11, 2))));
        assertThat(byStatus).hasSize(CaseStatus.values().length).containsEntry(CaseStatus.NOT_LOCATED, 1L)
                .containsEntry(CaseStatus.CLOSED, 0L);
    }

    @Test
    void aChildNotLocatedFourWeeksAfterIdentificationIsListed() {
        var identified = LocalDate.of(2026, 10, 5);
        var c = TestCases.of(CaseKind.MISSING_EDUCATION, identified);
        assertThat(CaseFigures.notLocatedForFourWeeks(List.of(c), identified.plusDays(27))).isEmpty();
        assertThat(CaseFigures.notLocatedForFourWeeks(List.of(c), identified.plusDays(28))).containsExactly(c);
    }
}
