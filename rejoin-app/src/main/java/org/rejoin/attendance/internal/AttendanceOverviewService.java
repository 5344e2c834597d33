package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceMarks.PupilFigures;
import org.rejoin.attendance.AttendanceOverview;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollEntry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The LA's, an establishment's and a targeting meeting's attendance, from the month rows in one pass
 * each. The LA's overview, which every establishment page also compares itself against, is kept
 * ({@link LaOverviews}).
 */
@Service
@Transactional(readOnly = true)
@LaOrEstablishmentStaff
class AttendanceOverviewService implements AttendanceOverview {

    /** How far back an establishment's latest marks are looked for: longer than any holiday but the summer. */
    private static final int SUBMISSION_WEEKS = 6;

    private final JdbcOverviewRows rows;
    private final PeriodFigures figures;
    private final LaOverviews overviews;
    private final Registrations registrations;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;
    private final Clock clock;
    AttendanceOverviewService(JdbcOverviewRows rows, PeriodFigures figures, LaOverviews overviews, Registrations registrations,
            ChildRegister children, SchoolCalendar calendar, AttendanceProperties properties, Clock clock) {
        this.rows = rows;
        this.figures = figures;
        this.overviews = overviews;
        this.registrations = registrations;
        this.children = children;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @SignedIn
    public Period thisTerm() {
        return overviews.thisTerm();
    }

    @Override
    @SignedIn
    public Period thisYear() {
        return overviews.thisYear();
    }

    @Override
    @LaStaff
    public LocalAuthority localAuthority(Period period, RejoinUser user) {
        return overviews.of(period);
    }

    @Override
    public Establishment establishment(UUID establishmentId, Period period, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("An establishment's attendance is seen by its own users, or LA staff");
        }
        var here = figures.at(establishmentId, period.from(), period.to());
        var rates = Rates.of(here.stream().map(PupilFigures::figures).toList());
        var roll = registrations.roll(establishmentId, user);
        LocalDate today = LocalDate.now(clock);
        var lastMarked = rows.lastMarkedSince(establishmentId, today.minusWeeks(SUBMISSION_WEEKS));
        LocalDate latest = lastMarked.values().stream().max(Comparator.naturalOrder()).orElse(null);
        return new Establishment(period, rates, overviews.of(period).all(), alerted(establishmentId, period, roll, user), latest,
                roll.size(), Submissions.unmarked(roll, lastMarked, expectedSince(establishmentId, today)));
    }

    /** Pupils with alerts here, each once with their alerts, newest first. */
    private List<Alerted> alerted(UUID establishmentId, Period period, List<RollEntry> roll, RejoinUser user) {
        var raised = rows.alertsSince(establishmentId, startOf(period));
        var names = new HashMap<UUID, String>();
        roll.forEach(r -> names.put(r.childId(), r.name()));
        var missing = raised.keySet().stream().filter(id -> !names.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            children.summaries(missing, user).forEach(c -> names.put(c.id(), c.displayName()));
        }
        return raised.entrySet().stream()
                .map(e -> new Alerted(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue())).toList();
    }

    /** The first moment of a period in the LA's time zone, for comparing with when something was raised. */
    private Instant startOf(Period period) {
        return period.from().atStartOfDay(clock.getZone()).toInstant();
    }

    /** The first of the last N school days before today, whose marks should have come; null without a calendar. */
    private LocalDate expectedSince(UUID establishmentId, LocalDate today) {
        try {
            var days = calendar.forEstablishment(establishmentId);
            return days.add(today, -properties.providerSilenceDays());
        }
        catch (CalendarNotDefinedException e) {
            return null;
        }
    }

    @Override
    public List<Target> targeting(UUID establishmentId, Period period, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A targeting list is seen by the school itself, or LA staff");
        }
        var persistent = figures.at(establishmentId, period.from(), period.to()).stream()
                .filter(p -> p.figures().persistentAbsence()).toList();
        var ids = persistent.stream().map(PupilFigures::childId).toList();
        var summaries = new HashMap<UUID, ChildSummary>();
        children.summaries(ids, user).forEach(c -> summaries.put(c.id(), c));
        var alerts = rows.alertKindsSince(establishmentId, ids, startOf(period));
        var year = AcademicYear.of(period.to());
        return persistent.stream().filter(p -> summaries.containsKey(p.childId())).map(p -> {
            var c = summaries.get(p.childId());
            return new Target(c.id(), c.upn(), c.displayName(), c.dateOfBirth(), year.yearGroup(c.dateOfBirth()), p.figures(),
                    alerts.getOrDefault(c.id(), List.of()));
        }).sorted(Comparator.comparingDouble((Target t) -> t.figures().attendancePercent()).thenComparing(Target::name)).toList();
    }
}
