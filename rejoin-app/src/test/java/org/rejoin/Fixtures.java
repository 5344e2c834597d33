package org.rejoin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.Sex;
import org.rejoin.linkage.UpnCheckLetter;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;

import org.springframework.stereotype.Component;

/**
 * Each test's own records, made through the services as a user would: a test that needs a child
 * makes a fresh one instead of picking "the first pupil" of the shared demo, so that no test
 * depends on another's data or on the day the demo was generated.
 */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ChildRegister register;
    private final Registrations registrations;
    private final SchoolCalendar calendar;
    private final Clock clock;
    private final TestUsers users;

    Fixtures(ChildRegister register, Registrations registrations, SchoolCalendar calendar, Clock clock, TestUsers users) {
        this.register = register;
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
        this.users = users;
    }

    /** Rejoin's today: the suite's day, or the day a scenario moved the clock to ({@link TestClock#on}). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest of the LA's school days up to the suite's day: the day a scenario of school days runs on. */
    public LocalDate schoolDay() {
        return calendar.forLocalAuthority().add(TestClock.TODAY.plusDays(1), -1);
    }

    /**
     * The Monday of the latest week, ending before the suite's day less {@code weeksBack} weeks, whose five
     * days are school days at every one of these establishments: marks on any other day are not recorded.
     */
    public LocalDate fullWeek(int weeksBack, UUID... establishments) {
        LocalDate monday = today().minusWeeks(weeksBack).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY));
        while (true) {
            LocalDate m = monday;
            if (java.util.Arrays.stream(establishments).allMatch(e -> m.datesUntil(m.plusDays(5))
                    .allMatch(calendar.forEstablishment(e)::isSchoolDay))) {
                return monday;
            }
            monday = monday.minusWeeks(1);
        }
    }

    /** A pupil made for one test: their id, UPN and establishment. */
    public record Pupil(UUID id, String upn, int urn) {
    }

    /**
     * A new child with a UPN of their own, on the establishment's roll (single registration) since 200
     * days before the suite's day: a whole term and more of school days, in any season.
     */
    public Pupil pupil(int urn) {
        return pupil(urn, TestClock.TODAY.minusYears(9).minusDays(SEQUENCE.get() % 300));
    }

    /** As {@link #pupil(int)}, born on the given day. */
    public Pupil pupil(int urn, LocalDate dateOfBirth) {
        int n = SEQUENCE.incrementAndGet();
        String upn = UpnCheckLetter.complete(String.format("9998%08d", n));
        var officer = users.user("cme.officer");
        var details = new ChildDetails("Pupil" + letters(n), null, "Fixture", null, null,
                dateOfBirth, false, Sex.NOT_KNOWN, upn, null, List.of(), List.of(),
                List.of(), List.of(), List.of());
        UUID id = users.as("cme.officer", () -> register.create(details, true, officer)).id();
        users.as("cme.officer", () -> registrations.record(new NewRegistration(id, users.establishment(urn),
                EnrolmentStatus.SINGLE, TestClock.TODAY.minusDays(200), null, null), officer));
        return new Pupil(id, upn, urn);
    }

    /** A new child in the register, made by the CME officer; the forename is made unique with letters. */
    public UUID child(String forename, String surname, LocalDate dateOfBirth) {
        var officer = users.user("cme.officer");
        var details = new ChildDetails(forename + letters(SEQUENCE.incrementAndGet()), null, surname, null, null,
                dateOfBirth, false, Sex.NOT_KNOWN, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        return users.as("cme.officer", () -> register.create(details, true, officer)).id();
    }

    /** The number in base 26 written in letters (1 is "b", 26 is "ba"): names take letters, not digits. */
    private static String letters(int n) {
        var out = new StringBuilder();
        for (int left = n; left > 0; left /= 26) {
            out.insert(0, (char) ('a' + left % 26));
        }
        return out.toString();
    }

    /** A child of primary school age (eight on the suite's day). */
    public UUID child(String forename, String surname) {
        return child(forename, surname, TestClock.TODAY.minusYears(8).minusDays(SEQUENCE.get()));
    }
}
