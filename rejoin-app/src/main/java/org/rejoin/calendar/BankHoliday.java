package org.rejoin.calendar;

import java.time.LocalDate;

public record BankHoliday(LocalDate date, String name) {
}
