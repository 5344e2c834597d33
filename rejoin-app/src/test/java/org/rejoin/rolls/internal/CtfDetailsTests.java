package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CtfDetailsTests {

    static final LocalDate IN_TERM = LocalDate.of(2026, 11, 18);

    @Test
    void aCohortRunsFromSeptemberToAugust() {
        // Year 7 in 2026/27: born 1 September 2014 to 31 August 2015.
        assertThat(CtfDetails.ncYear(LocalDate.of(2014, 9, 1), IN_TERM)).isEqualTo("7");
        assertThat(CtfDetails.ncYear(LocalDate.of(2015, 8, 31), IN_TERM)).isEqualTo("7");
        assertThat(CtfDetails.ncYear(LocalDate.of(2015, 8, 1), IN_TERM)).isEqualTo("7");
        assertThat(CtfDetails.ncYear(LocalDate.of(2014, 8, 31), IN_TERM)).isEqualTo("8");
    }

    @Test
    void receptionIsTheYearTheChildTurnsFiveAndOutsideTheYearsThereIsNone() {
        // Reception in 2026/27: born 1 September 2021 to 31 August 2022.
        assertThat(CtfDetails.ncYear(LocalDate.of(2021, 9, 1), IN_TERM)).isEqualTo("R");
        assertThat(CtfDetails.ncYear(LocalDate.of(2022, 8, 15), IN_TERM)).isEqualTo("R");
        assertThat(CtfDetails.ncYear(LocalDate.of(2021, 8, 15), IN_TERM)).isEqualTo("1");
        assertThat(CtfDetails.ncYear(LocalDate.of(2022, 9, 1), IN_TERM)).isNull();
        assertThat(CtfDetails.ncYear(LocalDate.of(2010, 9, 1), IN_TERM)).isEqualTo("11");
        assertThat(CtfDetails.ncYear(LocalDate.of(2010, 8, 31), IN_TERM)).isNull();
    }
}
