package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserAccounts;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.ExpectedAbsences.ExpectedAbsence;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.CompulsorySchoolAge;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.rolls.Registrations.Enrolment;
import org.rejoin.platform.Text;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the attendance alerts (docs/rules/attendance.md, {@link AlertRules}) for every enrolment of the academic
 * year so far, or for the pupils a load just wrote marks for, and raises each new one once
 * ({@link AttendanceAlertRaised}). The school days are each establishment's own (term dates less its
 * INSET days), so holidays neither count nor break a run. Runs after every load and every morning
 * ({@code rejoin.attendance.alert-scan-cron}) for the alerts that come with time passing: an N not
 * replaced, a provider gone silent.
 */
@Component
class AlertScan {

    private static final Logger log = LoggerFactory.getLogger(AlertScan.class);

    /** Weeks before 1 August beyond the penalty window itself: the summer holiday and a half term. */
    static final int LOOKBACK_WEEKS = 6;

    private final JdbcAlertRows alertRows;
    private final JdbcTimetableRows timetableRows;
    private final JdbcExpectedAbsenceRows expectedRows;
    private final Provisions provisions;
    private final Organisations organisations;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;
    private final ApplicationEventPublisher events;
    private final RejoinActor actor;
    private final UserAccounts accounts;
    private final Clock clock;

    AlertScan(JdbcAlertRows alertRows, JdbcTimetableRows timetableRows, JdbcExpectedAbsenceRows expectedRows,
            Provisions provisions, Organisations organisations, ChildRegister children, SchoolCalendar calendar,
            AttendanceProperties properties, ApplicationEventPublisher events, RejoinActor actor, UserAccounts accounts,
            Clock clock) {
        this.alertRows = alertRows;
        this.timetableRows = timetableRows;
        this.expectedRows = expectedRows;
        this.provisions = provisions;
        this.organisations = organisations;
        this.children = children;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.actor = actor;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The morning scan, as Rejoin, of every enrolment. */
    @Scheduled(cron = "${rejoin.attendance.alert-scan-cron:0 45 6 * * *}")
    @Transactional
    public void daily() {
        if (organisations.localAuthority().isEmpty()) {
            return;
        }
        int raised = actor.act(rejoin -> scan(null, rejoin));
        log.info("Attendance alert scan raised {} alerts", raised);
    }

    /**
     * @param only the children to scan, or null for every enrolment in the LA
     * @return how many alerts were raised for the first time
     */
    int scan(Collection<UUID> only, RejoinUser by) {
        return scan(only, LocalDate.now(clock), by);
    }

    /** As of a given day: the benchmark recomputes a past term. */
    int scan(Collection<UUID> only, LocalDate today, RejoinUser by) {
        LocalDate yearStart = AcademicYear.of(today).firstDay();
        // Back far enough before 1 August to hold a whole penalty window of the summer term, so that
        // nothing starts again with the new year (docs/rules/attendance.md).
        LocalDate from = yearStart.minusWeeks(properties.penaltyWeeks() + LOOKBACK_WEEKS);
        var loaded = provisions.load(only, from, today);
        var childIds = loaded.enrolments().stream().map(Enrolment::childId).distinct().toList();
        var lookedAfter = childIds.isEmpty() ? Map.<UUID, Set<CharacteristicType>>of()
                : actor.act(rejoin -> children.currentCharacteristics(childIds, today, rejoin));
        var scanned = new Scanned(yearStart, new HashMap<>(), today, loaded, lookedAfter,
                alertRows.episodes(AlertKind.PENALTY_THRESHOLD, only, from),
                alertRows.episodes(AlertKind.CONTINUOUS_UNAUTHORISED, only, from),
                alertRows.episodes(AlertKind.ILLNESS, only, yearStart), expectedRows.stillToCome(only, today));
        var found = new ArrayList<Found>();
        var byChild = new LinkedHashMap<UUID, List<Enrolment>>();
        loaded.enrolments().forEach(e -> byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>(1)).add(e));
        // One child at a time: a year and a term of days for every child at once would not fit in memory.
        byChild.forEach((child, enrolments) -> found.addAll(alertsOf(child, enrolments, scanned)));
        // Part-time timetables past their review or planned end (docs/rules/attendance.md).
        for (var timetables : loaded.timetables().values()) {
            for (var t : timetables) {
                var establishment = loaded.establishments().get(t.establishmentId());
                if (establishment == null) {
                    establishment = organisations.establishment(t.establishmentId()).orElse(null);
                }
                for (var f : AlertRules.timetable(t, today)) {
                    found.add(new Found(f, t.childId(), establishment));
                }
            }
        }
        shortHours(only, loaded, yearStart, today);
        return raise(found, by);
    }

    /** What a scan read, and the alerts of each kind that follow the child already raised, by child. */
    private record Scanned(LocalDate yearStart, Map<UUID, LocalDate> surveyFrom, LocalDate today, Provisions.Loaded loaded,
            Map<UUID, Set<CharacteristicType>> characteristics, Map<UUID, List<LocalDate>> earlierPenalties,
            Map<UUID, List<LocalDate>> earlierRuns, Map<UUID, List<LocalDate>> earlierIllness,
            Map<UUID, List<ExpectedAbsence>> expected) {
    }

    /** One child's alerts: each enrolment's own, then those over all their schools' days. */
    private List<Found> alertsOf(UUID child, List<Enrolment> enrolments, Scanned s) {
        var found = new ArrayList<Found>();
        var childDays = new ArrayList<List<AlertRules.Day>>(enrolments.size());
        boolean isLookedAfter = s.characteristics().getOrDefault(child, Set.of()).contains(CharacteristicType.LOOKED_AFTER);
        for (var e : enrolments) {
            var establishment = s.loaded().establishments().get(e.establishmentId());
            var days = days(s.loaded(), e);
            if (days.isEmpty()) {
                continue;
            }
            childDays.add(days);
            if (days.get(days.size() - 1).date().isBefore(s.yearStart())) {
                // Left before this year: its own alerts were found last year.
                continue;
            }
            // The survey period is the current term at the school (its own term dates, if it sets them); the
            // academic year without term dates.
            LocalDate surveyFrom = s.surveyFrom().computeIfAbsent(e.establishmentId(),
                    id -> calendar.termStart(id, s.today()).orElse(s.yearStart()));
            for (var f : AlertRules.enrolment(days, s.yearStart(), surveyFrom, s.today(), isLookedAfter,
                    establishment.isAlternativeProvision(), properties)) {
                found.add(new Found(f, child, establishment));
            }
        }
        var days = ChildDays.markGaps(ChildDays.merge(childDays), enrolments);
        var penalties = s.earlierPenalties().getOrDefault(child, List.of());
        var expected = expected(s.expected().getOrDefault(child, List.of()), days, enrolments, s);
        for (var f : AlertRules.child(days, s.yearStart(), penalties, expected, properties)) {
            // A child's alert is theirs wherever it was reached: a late mark that moves the day it was reached to
            // another school raises nothing new. Illness is one alert a year.
            boolean raisedBefore = f.kind() == AlertKind.ILLNESS ? s.earlierIllness().containsKey(child)
                    : (f.kind() == AlertKind.CONTINUOUS_UNAUTHORISED ? s.earlierRuns().getOrDefault(child, List.of())
                            : penalties).contains(f.episode());
            if (!raisedBefore) {
                found.add(new Found(f, child, s.loaded().establishments().get(f.establishmentId())));
            }
        }
        return found;
    }

    /**
     * The school days of the child's expected absences still to come this academic year at their school
     * now (the latest enrolment), not already among the days with a mark; null when there are none.
     * Days in a year without term dates cannot be counted and are left out.
     */
    private AlertRules.Expected expected(List<ExpectedAbsence> absences, List<AlertRules.Day> days,
            List<Enrolment> enrolments, Scanned s) {
        if (absences.isEmpty()) {
            return null;
        }
        var school = enrolments.stream().max(java.util.Comparator.comparing(Enrolment::startsOn)).orElseThrow();
        var schoolDays = calendar.forEstablishment(school.establishmentId());
        var marked = new java.util.HashSet<LocalDate>();
        days.stream().filter(d -> d.am() != null || d.pm() != null).forEach(d -> marked.add(d.date()));
        LocalDate yearEnd = s.yearStart().plusYears(1).minusDays(1);
        var counted = new java.util.TreeSet<LocalDate>();
        for (var a : absences) {
            LocalDate from = a.startsOn().isBefore(s.today()) ? s.today() : a.startsOn();
            LocalDate to = a.endsOn().isAfter(yearEnd) ? yearEnd : a.endsOn();
            try {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    if (!marked.contains(d) && schoolDays.isSchoolDay(d)) {
                        counted.add(d);
                    }
                }
            }
            catch (CalendarNotDefinedException e) {
                // The rest of the absence falls in a year without term dates: its school days are unknown.
            }
        }
        // Named as people know each other: the officer's name, not their username.
        var recorded = absences.stream().map(a -> a.reason() + ", " + Text.date(a.startsOn()) + " to "
                + Text.date(a.endsOn()) + ", recorded by " + accounts.displayNameOf(a.recordedBy()).orElse(a.recordedBy()))
                .collect(java.util.stream.Collectors.joining("; "));
        return counted.isEmpty() ? null : new AlertRules.Expected(counted.size(), recorded, school.establishmentId());
    }

    /**
     * An enrolment's school days in the period with its marks, each naming the establishment: only the
     * days the child is of compulsory school age, as the alerts are a duty to such children alone.
     */
    private static List<AlertRules.Day> days(Provisions.Loaded loaded, Enrolment e) {
        var row = loaded.marks(e);
        var days = new ArrayList<AlertRules.Day>();
        LocalDate from = e.dateOfBirth() == null ? LocalDate.MIN : CompulsorySchoolAge.startsOn(e.dateOfBirth());
        LocalDate until = e.dateOfBirth() == null ? LocalDate.MAX : CompulsorySchoolAge.endsOn(e.dateOfBirth());
        for (var date : loaded.schoolDays().getOrDefault(e.establishmentId(), List.of())) {
            if (!e.covers(date) || date.isBefore(from) || date.isAfter(until)) {
                continue;
            }
            byte[] month = row.get(date.withDayOfMonth(1));
            int offset = (date.getDayOfMonth() - 1) * 2;
            days.add(new AlertRules.Day(date, month == null ? null : AttendanceCode.ofId(month[offset]),
                    month == null ? null : AttendanceCode.ofId(month[offset + 1]), e.establishmentId()));
        }
        return days;
    }

    /** An alert found for a child at an establishment. */
    private record Found(AlertRules.Found alert, UUID childId, Establishment establishment) {
    }

    /**
     * Records each alert once for its episode and, the first time, tells whoever acts on it. One statement
     * for all: the morning scan finds every standing alert again, thousands of them, and raises none twice.
     */
    private int raise(List<Found> found, RejoinUser by) {
        if (found.isEmpty()) {
            return 0;
        }
        // In the order found, so that the tasks and referrals they open are too.
        var alerts = found.stream().map(f -> new JdbcAlertRows.NewAlert(UUID.randomUUID(), f.alert().kind(), f.childId(),
                f.establishment().id(), f.alert().episode(), f.alert().evidence())).toList();
        var raised = alertRows.insertNew(alerts, clock.instant());
        for (int i = 0; i < alerts.size(); i++) {
            if (raised.contains(alerts.get(i).id())) {
                var f = found.get(i);
                events.publishEvent(new AttendanceAlertRaised(alerts.get(i).id(), f.alert().kind(), f.childId(),
                        f.establishment().id(), f.establishment().name(), f.alert().episode(), f.alert().evidence(), by));
            }
        }
        return raised.size();
    }

    /**
     * Each scanned child's hours this academic year across all their provision (ADR 15), and the
     * children now short of the weekly minimum with how long it has lasted, replacing what the last
     * scan found for them.
     */
    private void shortHours(Collection<UUID> only, Provisions.Loaded loaded, LocalDate from, LocalDate today) {
        var byChild = new HashMap<UUID, List<Enrolment>>();
        loaded.enrolments().stream().filter(e -> e.endsOn() == null || e.endsOn().isAfter(from))
                .forEach(e -> byChild.computeIfAbsent(e.childId(), k -> new ArrayList<>()).add(e));
        var rows = new ArrayList<Object[]>();
        var now = clock.instant();
        byChild.forEach((child, enrolments) -> {
            // Up to yesterday: the morning scan runs before today's registers are taken.
            var run = HoursRules.shortRun(loaded.provisions(enrolments), from, today.minusDays(1),
                    properties.minimumWeeklyHours());
            if (run != null) {
                rows.add(new Object[] {child, run.since(), run.weeks(), run.latest().monday(),
                        java.math.BigDecimal.valueOf(run.latest().offered()).setScale(2, java.math.RoundingMode.HALF_UP),
                        java.math.BigDecimal.valueOf(run.latest().attended()).setScale(2, java.math.RoundingMode.HALF_UP), now});
            }
        });
        timetableRows.replaceShortHours(only, rows);
    }
}
