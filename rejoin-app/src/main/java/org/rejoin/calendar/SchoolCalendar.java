package org.rejoin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.audit.AuditActor;

/**
 * Keeps the LA's term dates, the term dates of establishments that set their own, and establishments'
 * INSET days, and gives school-day arithmetic over them (docs/rules/school-days.md).
 */
public interface SchoolCalendar {

    SchoolDays forLocalAuthority();

    /** An establishment's school days: its own term dates in the years it set them, the LA's otherwise, less its INSET days. */
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
        return termStart(termDates(AcademicYear.of(day)), day);
    }

    /** As {@link #termStart(LocalDate)}, at one establishment: its own term dates where it set them. */
    default java.util.Optional<LocalDate> termStart(UUID establishmentId, LocalDate day) {
        return termStart(termDates(establishmentId, AcademicYear.of(day)), day);
    }

    private static java.util.Optional<LocalDate> termStart(List<TermPeriod> halves, LocalDate day) {
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

    /** The six half terms of a year at an establishment: its own where it set them, otherwise the LA's. */
    List<TermPeriod> termDates(UUID establishmentId, AcademicYear year);

    /** Whether the establishment set its own term dates for the year. */
    boolean hasOwnTermDates(UUID establishmentId, AcademicYear year);

    /**
     * Replaces an establishment's own term dates for a year, checked as the LA's are; given none, it
     * goes back to the LA's. LA admins, or the establishment's own users.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each broken rule
     */
    void setTermDates(UUID establishmentId, AcademicYear year, List<TermPeriod> periods, AuditActor by);

    /**
     * Sets the own term dates of many establishments at once from a CSV with the header
     * {@code urn,academic_year,half_term,starts_on,ends_on}: six rows an establishment and year, all or
     * nothing. LA admins.
     *
     * @return how many establishment-years were set
     * @throws org.rejoin.platform.InvalidInputException naming each row at fault
     */
    int importTermDates(java.io.InputStream csv, AuditActor by);

    List<BankHoliday> bankHolidays(LocalDate from, LocalDate to);

    List<LocalDate> insetDays(UUID establishmentId, AcademicYear year);

    /** Replaces an establishment's INSET days in a year; each must be a term-time weekday. */
    void setInsetDays(UUID establishmentId, AcademicYear year, List<LocalDate> days, AuditActor by);
}
