package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks.PupilFigures;
import org.rejoin.attendance.AttendanceOverview;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
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
 * each. The LA's rates, which every establishment page compares itself against, are kept for a few
 * minutes rather than read again for every page.
 */
@Service
@Transactional(readOnly = true)
@LaOrEstablishmentStaff
class AttendanceOverviewService implements AttendanceOverview {

    /** How long the LA's rates are kept for establishment pages. */
    private static final long KEEP_LA_RATES_SECONDS = 600;
    /** How far back an establishment's latest marks are looked for: longer than any holiday but the summer. */
    private static final int SUBMISSION_WEEKS = 6;

    private final JdbcOverviewRows rows;
    private final PeriodFigures figures;
    private final Registrations registrations;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;
    private final Clock clock;
    /** The LA's rates as last read: for one period, at one time. */
    private record Kept(Period period, Instant readAt, Rates rates) {
    }

    private volatile Kept laRates;

    AttendanceOverviewService(JdbcOverviewRows rows, PeriodFigures figures, Registrations registrations,
            ChildRegister children, SchoolCalendar calendar, AttendanceProperties properties, Clock clock) {
        this.rows = rows;
        this.figures = figures;
        this.registrations = registrations;
        this.children = children;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @SignedIn
    public Period thisTerm() {
        LocalDate today = LocalDate.now(clock);
        return new Period(calendar.termStart(today).orElse(AcademicYear.of(today).firstDay()), today);
    }

    @Override
    @SignedIn
    public Period thisYear() {
        LocalDate today = LocalDate.now(clock);
        return new Period(AcademicYear.of(today).firstDay(), today);
    }

    @Override
    @LaStaff
    public LocalAuthority localAuthority(Period period, RejoinUser user) {
        var all = figures.at(null, period.from(), period.to());
        var rates = Rates.of(all.stream().map(PupilFigures::figures).toList());
        laRates = new Kept(period, clock.instant(), rates);
        // By school.
        var bySchool = new HashMap<UUID, List<AttendanceFigures>>();
        all.forEach(p -> bySchool.computeIfAbsent(p.figures().establishmentId(), k -> new ArrayList<>()).add(p.figures()));
        var schools = new ArrayList<Row>();
        bySchool.forEach((id, list) -> schools.add(new Row(id.toString(), list.get(0).establishmentName(), Rates.of(list))));
        schools.sort(Comparator.comparingDouble((Row r) -> -r.rates().persistentPercent()).thenComparing(Row::label));
        // By year group and pupil group: each enrolment under its child's.
        var childIds = all.stream().map(PupilFigures::childId).distinct().toList();
        var year = AcademicYear.of(period.to());
        var yearGroups = new HashMap<UUID, Integer>();
        children.summaries(childIds, user).forEach(c -> yearGroups.put(c.id(), year.yearGroup(c.dateOfBirth())));
        var groups = children.currentCharacteristics(childIds, period.to(), user);
        var byYear = new TreeMap<Integer, List<AttendanceFigures>>();
        var byGroup = new TreeMap<String, List<AttendanceFigures>>();
        for (var p : all) {
            Integer group = yearGroups.get(p.childId());
            if (group != null) {
                byYear.computeIfAbsent(group, k -> new ArrayList<>()).add(p.figures());
            }
            var types = groups.getOrDefault(p.childId(), Set.of());
            if (types.isEmpty()) {
                byGroup.computeIfAbsent("NONE", k -> new ArrayList<>()).add(p.figures());
            }
            types.forEach(t -> byGroup.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(p.figures()));
        }
        var years = new ArrayList<Row>();
        byYear.forEach((g, list) -> years.add(new Row(String.valueOf(g), null, Rates.of(list))));
        var pupilGroups = new ArrayList<Row>();
        for (var t : CharacteristicType.values()) {
            if (byGroup.containsKey(t.name())) {
                pupilGroups.add(new Row(t.name(), null, Rates.of(byGroup.get(t.name()))));
            }
        }
        if (byGroup.containsKey("NONE")) {
            pupilGroups.add(new Row("NONE", null, Rates.of(byGroup.get("NONE"))));
        }
        return new LocalAuthority(period, rates, schools, years, pupilGroups);
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
        return new Establishment(period, rates, laRates(period), alerted(establishmentId, period, roll, user), latest,
                roll.size(), Submissions.unmarked(roll, lastMarked, expectedSince(establishmentId, today)));
    }

    /** The LA's rates over a period, read at most once every few minutes: every school's page compares with them. */
    private Rates laRates(Period period) {
        var kept = laRates;
        if (kept != null && kept.period().equals(period)
                && kept.readAt().plusSeconds(KEEP_LA_RATES_SECONDS).isAfter(clock.instant())) {
            return kept.rates();
        }
        var la = Rates.of(figures.at(null, period.from(), period.to()).stream().map(PupilFigures::figures).toList());
        laRates = new Kept(period, clock.instant(), la);
        return la;
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
