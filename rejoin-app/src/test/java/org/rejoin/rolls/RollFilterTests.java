package org.rejoin.rolls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.rejoin.calendar.AcademicYear;

/** Looking for pupils on a roll: part of a name, the start of a UPN, a year group reckoned from the date of birth. */
class RollFilterTests {

    static final AcademicYear YEAR = new AcademicYear(2026);
    /** Born in the 2018/19 cohort: Year 3 in 2026/27. */
    static final LocalDate YEAR_THREE = LocalDate.of(2018, 10, 1);

    @Test
    void partOfANameOrTheStartOfAUpnInAnyCase() {
        var filter = new RollFilter("hal", null);
        assertThat(filter.admits("Ruby Halloran", "A999200120001", YEAR_THREE, YEAR)).isTrue();
        assertThat(filter.admits("Ruby Stone", "A999200120001", YEAR_THREE, YEAR)).isFalse();
        assertThat(new RollFilter("a99920", null).admits("Ruby Stone", "A999200120001", YEAR_THREE, YEAR)).isTrue();
        assertThat(RollFilter.NONE.admits("Anyone", null, null, YEAR)).isTrue();
    }

    @Test
    void aYearGroupFromTheDateOfBirth() {
        assertThat(new RollFilter(null, 3).admits("Ruby Stone", null, YEAR_THREE, YEAR)).isTrue();
        assertThat(new RollFilter(null, 4).admits("Ruby Stone", null, YEAR_THREE, YEAR)).isFalse();
        assertThat(new RollFilter(null, 3).admits("Ruby Stone", null, null, YEAR)).as("no date of birth").isFalse();
    }
}
