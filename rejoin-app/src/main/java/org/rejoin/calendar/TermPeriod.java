package org.rejoin.calendar;

import java.time.LocalDate;

/** One half term: school is open from {@code startsOn} to {@code endsOn}, weekends and bank holidays aside. */
public record TermPeriod(HalfTerm halfTerm, LocalDate startsOn, LocalDate endsOn) {
}
