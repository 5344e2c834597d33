package org.rejoin.calendar;

import java.time.LocalDate;
import java.time.Month;

/** An academic year, 1 August to 31 July, named by the calendar year it starts in (2025 is 2025/26). */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    public static AcademicYear of(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /**
     * The National Curriculum year group a child born on {@code dateOfBirth} is in this year: 0 for
     * Reception, 1 to 11 for Years 1 to 11, negative before Reception. A cohort runs from 1 September to
     * 31 August (Education Act 1996 s8: compulsory school age).
     */
    public int yearGroup(LocalDate dateOfBirth) {
        int cohort = dateOfBirth.getMonthValue() >= 9 ? dateOfBirth.getYear() : dateOfBirth.getYear() - 1;
        return startYear - cohort - 5;
    }

    /** The first birthday of the children in a year group this year (1 September): the inverse of {@link #yearGroup}. */
    public LocalDate firstBirthdayIn(int yearGroup) {
        return LocalDate.of(startYear - yearGroup - 5, 9, 1);
    }

    /** The last birthday of the children in a year group this year (31 August, a year after the first). */
    public LocalDate lastBirthdayIn(int yearGroup) {
        return firstBirthdayIn(yearGroup).plusYears(1).minusDays(1);
    }

    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** As schools write it: "2025/26". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
