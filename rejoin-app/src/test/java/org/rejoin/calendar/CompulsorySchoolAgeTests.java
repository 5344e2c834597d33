package org.rejoin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Compulsory school age from the Education Act 1996 s8 and its two Orders, on their own edge cases. */
class CompulsorySchoolAgeTests {

    @Test
    void itBeginsOnThePrescribedDayOnOrAfterTheFifthBirthday() {
        // Fifth birthday 15 August 2026: the next prescribed day is 31 August.
        assertThat(CompulsorySchoolAge.startsOn(LocalDate.of(2021, 8, 15))).isEqualTo(LocalDate.of(2026, 8, 31));
        // A fifth birthday on a prescribed day begins it that day.
        assertThat(CompulsorySchoolAge.startsOn(LocalDate.of(2021, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CompulsorySchoolAge.startsOn(LocalDate.of(2022, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        // The day after a prescribed day waits for the next one.
        assertThat(CompulsorySchoolAge.startsOn(LocalDate.of(2022, 1, 1))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(CompulsorySchoolAge.startsOn(LocalDate.of(2021, 9, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aFourYearOldInReceptionIsNotOfCompulsorySchoolAge() {
        // Born 10 March 2022: in Reception from September 2026, five on 10 March 2027, of compulsory school age from 31 March.
        var dob = LocalDate.of(2022, 3, 10);
        assertThat(CompulsorySchoolAge.on(dob, LocalDate.of(2026, 11, 18))).isFalse();
        assertThat(CompulsorySchoolAge.on(dob, LocalDate.of(2027, 3, 30))).isFalse();
        assertThat(CompulsorySchoolAge.on(dob, LocalDate.of(2027, 3, 31))).isTrue();
    }

    @Test
    void itEndsOnTheLastFridayInJuneOfTheSchoolYearTheChildTurnsSixteen() {
        // 16 on 10 October 2026: the school year ends in 2027, whose last Friday in June is the 25th.
        assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 10, 10))).isEqualTo(LocalDate.of(2027, 6, 25));
        // 16 on 15 July 2026, after the leaving date but before the next school year: it ended on 26 June 2026.
        assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 7, 15))).isEqualTo(LocalDate.of(2026, 6, 26));
        // 16 on the leaving date itself.
        assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 6, 26))).isEqualTo(LocalDate.of(2026, 6, 26));
        // 16 on 31 August: still that school year.
        assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 8, 31))).isEqualTo(LocalDate.of(2026, 6, 26));
        // 16 on 1 September: the next.
        assertThat(CompulsorySchoolAge.endsOn(LocalDate.of(2010, 9, 1))).isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(CompulsorySchoolAge.on(LocalDate.of(2010, 7, 15), LocalDate.of(2026, 6, 26))).isTrue();
        assertThat(CompulsorySchoolAge.on(LocalDate.of(2010, 7, 15), LocalDate.of(2026, 6, 27))).isFalse();
    }

    @Test
    void aChildWhoseDateOfBirthIsNotKnownIsTreatedAsOfCompulsorySchoolAge() {
        assertThat(CompulsorySchoolAge.on(null, LocalDate.of(2026, 11, 18))).isTrue();
    }
}
