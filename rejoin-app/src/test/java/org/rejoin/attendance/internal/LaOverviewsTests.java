package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.access.RejoinActor;
import org.rejoin.attendance.AttendanceOverview.Period;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.children.ChildRegister;

import org.springframework.beans.factory.annotation.Autowired;

/** The LA's attendance overview is kept, and worked out again when marks change or it grows old. */
@IntegrationTest
class LaOverviewsTests {

    @Autowired
    PeriodFigures figures;

    @Autowired
    ChildRegister children;

    @Autowired
    RejoinActor actor;

    @Autowired
    org.rejoin.organisations.Organisations organisations;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    org.rejoin.calendar.SchoolCalendar calendar;

    @Autowired
    Clock clock;

    @Autowired
    AttendanceProperties properties;

    private LaOverviews keptFor(Duration maxAge) {
        var kept = new AttendanceProperties(properties.continuousUnauthorisedDays(), properties.illnessDays(),
                properties.penaltySessions(), properties.penaltyWeeks(), properties.unexplainedDays(),
                properties.surveyThreshold(), properties.lookedAfterDays(), properties.providerSilenceDays(),
                properties.minimumWeeklyHours(), properties.morningSession(), properties.afternoonSession(), maxAge);
        return new LaOverviews(figures, children, calendar, organisations, actor, transactionManager, clock, kept);
    }

    @Test
    void anOverviewIsKeptUntilMarksChangeAndTheBackgroundWorksItOutAgain() {
        var overviews = keptFor(Duration.ofMinutes(10));
        var term = new Period(org.rejoin.TestClock.TODAY.minusMonths(2), org.rejoin.TestClock.TODAY);

        var first = overviews.of(term);
        assertThat(overviews.of(term)).as("kept").isSameAs(first);
        overviews.refresh();
        assertThat(overviews.of(term)).as("nothing changed: not worked out again").isSameAs(first);

        overviews.marksChanged();
        assertThat(overviews.of(term)).as("pages show the kept figures, which say when they were worked out").isSameAs(first);
        overviews.refresh();
        var again = overviews.of(term);
        assertThat(again).isNotSameAs(first);
        assertThat(again.workedOutAt()).isAfterOrEqualTo(first.workedOutAt());
        assertThat(again.all()).isEqualTo(first.all());
    }

    @Test
    void withNoAgeAllowedEveryPageWorksItOut() {
        var overviews = keptFor(Duration.ZERO);
        var term = new Period(org.rejoin.TestClock.TODAY.minusMonths(2), org.rejoin.TestClock.TODAY);
        assertThat(overviews.of(term)).isNotSameAs(overviews.of(term));
    }
}
