package org.rejoin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.audit.AuditActor;

/** Keeps the LA's term dates and establishments' INSET days, and gives school-day arithmetic over them. */
public interface SchoolCalendar {

    SchoolDays forLocalAuthority();

    SchoolDays forEstablishment(UUID establishmentId);

    /** Academic years with term dates entered, earliest first. */
    List<AcademicYear> yearsWithTermDates();

    /** The six half terms of a year, in order; empty when not entered. */
    List<TermPeriod> termDates(AcademicYear year);

    /**
     * The first day of the term (autumn, spring or summer: a pair of half terms) that a day falls in
     * or follows; empty when the year's term dates are not entered or the day is before the first.
     */
    default java.util.Optional<LocalDate> termStart(LocalDate day) {
        var halves = termDates(AcademicYear.of(day));
        LocalDate start = null;
        for (int i = 0; i < halves.size(); i += 2) {
            if (!halves.get(i).startsOn().isAfter(day)) {
                start = halves.get(i).startsOn();
            }
        }
        return java.util.Optional.ofNullable(start);
    }

    /**
     * Replaces a year's term dates: all six half terms, in order, not overlapping, within the year.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each broken rule
     */
    void setTermDates(AcademicYear year, List<TermPeriod> periods, AuditActor by);

    List<BankHoliday> bankHolidays(LocalDate from, LocalDate to);

    List<LocalDate> insetDays(UUID establishmentId, AcademicYear year);

    /** Replaces an establishment's INSET days in a year; each must be a term-time weekday. */
    void setInsetDays(UUID establishmentId, AcademicYear year, List<LocalDate> days, AuditActor by);
}
