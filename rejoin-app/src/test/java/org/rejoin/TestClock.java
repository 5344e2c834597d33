package org.rejoin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The day the whole suite runs on, whatever the real date: a Wednesday in the autumn term, or the
 * day {@code -Drejoin.test.today=YYYY-MM-DD} names (the August run proves the suite does not depend
 * on the season). Time still passes from 09:00 that day, so that records made one after another keep
 * their order. A test about time passing, or whose scenario needs a school day when the suite's day
 * falls in a holiday, moves the clock explicitly for its own work with {@link #on}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Today, for every test. */
    public static final LocalDate TODAY = LocalDate.parse(System.getProperty("rejoin.test.today", "2026-11-18"));

    private static final Movable CLOCK = new Movable();

    /** Work that may throw, as a MockMvc request does. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with Rejoin's day moved to {@code day}, then moves it back to {@link #TODAY}. */
    public static void on(LocalDate day, Work work) throws Exception {
        CLOCK.moveTo(day);
        try {
            work.run();
        }
        finally {
            CLOCK.moveTo(TODAY);
        }
    }

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }

    /**
     * The system clock's passing time, shifted once to start at 09:00 on {@link #TODAY}; moving it to
     * another day shifts it by whole days, so that time never runs backwards within a day.
     */
    static final class Movable extends Clock {

        private final Duration toToday =
                Duration.between(Instant.now(), ZonedDateTime.of(TODAY, LocalTime.of(9, 0), LONDON).toInstant());
        private volatile Duration offset = toToday;

        void moveTo(LocalDate day) {
            offset = toToday.plusDays(ChronoUnit.DAYS.between(TODAY, day));
        }

        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
