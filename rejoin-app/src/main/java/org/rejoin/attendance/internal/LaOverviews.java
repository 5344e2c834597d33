package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks.PupilFigures;
import org.rejoin.attendance.AttendanceOverview.LocalAuthority;
import org.rejoin.attendance.AttendanceOverview.Period;
import org.rejoin.attendance.AttendanceOverview.Rates;
import org.rejoin.attendance.AttendanceOverview.Row;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Organisations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The LA's attendance overview for a period: every pupil's figures, whole and by school, year group and
 * pupil group. For 250,000 pupils that is seconds of work, so it is worked out as Rejoin (the same for
 * every reader) and kept: a page shows the kept figures, saying when they were worked out, and waits for
 * them only when a period no one has asked for yet is asked for (the first to ask works it out, once). In the background, every minute, they are worked out
 * again once marks have changed or they are {@link AttendanceProperties#overviewMaxAge()} old (10 minutes),
 * and this term's and this year's are worked out before anyone asks. With no age allowed (tests), every page
 * works them out.
 */
@Component
class LaOverviews {

    private static final Logger log = LoggerFactory.getLogger(LaOverviews.class);

    private final PeriodFigures figures;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final Organisations organisations;
    private final TransactionTemplate transactions;
    private final RejoinActor actor;
    private final Clock clock;
    private final Duration maxAge;
    /** How many times marks have changed since start-up, counted once each change is committed. */
    private final AtomicLong changes = new AtomicLong();
    private final Map<Period, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(LocalAuthority overview, long changes) {
    }

    LaOverviews(PeriodFigures figures, ChildRegister children, SchoolCalendar calendar, Organisations organisations,
            RejoinActor actor, PlatformTransactionManager transactionManager, Clock clock, AttendanceProperties properties) {
        this.figures = figures;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.organisations = organisations;
        this.calendar = calendar;
        this.children = children;
        this.actor = actor;
        this.clock = clock;
        this.maxAge = properties.overviewMaxAge();
    }

    /** This term so far: from the first day of the LA's current term (or of the academic year) to today. */
    Period thisTerm() {
        LocalDate today = LocalDate.now(clock);
        return new Period(calendar.termStart(today).orElse(AcademicYear.of(today).firstDay()), today);
    }

    /** This academic year so far. */
    Period thisYear() {
        LocalDate today = LocalDate.now(clock);
        return new Period(AcademicYear.of(today).firstDay(), today);
    }

    /** The overview of a period, as kept or worked out now. */
    LocalAuthority of(Period period) {
        if (maxAge.isZero()) {
            return actor.act(rejoin -> workOut(period, rejoin));
        }
        var k = kept.get(period);
        if (k != null) {
            return k.overview();
        }
        // The first to ask works it out; others asking meanwhile wait for that one result, not work it out again.
        return kept.computeIfAbsent(period, p -> {
            long asOf = changes.get();
            return new Kept(actor.act(rejoin -> workOut(p, rejoin)), asOf);
        }).overview();
    }

    /** Marks were written: the overviews kept are out of date once the writing commits. */
    void marksChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changes.incrementAndGet();
                }
            });
        }
        else {
            changes.incrementAndGet();
        }
    }

    /**
     * Works out again the overviews kept whose marks have changed or that have reached their age, and those of this
     * term and this year if none is kept (after start-up, and each new day); forgets those of periods ended before today.
     */
    @Scheduled(cron = "${rejoin.attendance.overview-refresh-cron:30 * * * * *}")
    void refresh() {
        if (maxAge.isZero() || organisations.localAuthority().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        kept.keySet().removeIf(p -> p.to().isBefore(today));
        for (var period : List.of(thisTerm(), thisYear())) {
            if (!kept.containsKey(period)) {
                workOutAgain(period);
            }
        }
        var old = clock.instant().minus(maxAge);
        for (var entry : List.copyOf(kept.entrySet())) {
            var k = entry.getValue();
            if (k.changes() != changes.get() || !k.overview().workedOutAt().isAfter(old)) {
                workOutAgain(entry.getKey());
            }
        }
    }

    /**
     * This term's and this year's, worked out as Rejoin starts (seconds at 250,000 pupils), before it reports itself
     * ready and before the other start-up work, so that the first pages need not wait for them. Nothing is kept with
     * no age allowed (tests).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void atStart() {
        if (!maxAge.isZero() && organisations.localAuthority().isPresent()) {
            workOutAgain(thisTerm());
            workOutAgain(thisYear());
        }
    }

    /**
     * Works a period's overview out in the background, in one read-only transaction (one snapshot of the marks and
     * the pupil groups), and keeps it; a failure is logged and the kept figures stay, as a scheduled job's would.
     */
    private void workOutAgain(Period period) {
        try {
            long asOf = changes.get();
            var overview = transactions.execute(status -> actor.act(rejoin -> workOut(period, rejoin)));
            kept.put(period, new Kept(overview, asOf));
        }
        catch (RuntimeException e) {
            log.error("The LA's attendance overview from {} to {} could not be worked out", period.from(), period.to(), e);
        }
    }

    private LocalAuthority workOut(Period period, RejoinUser rejoin) {
        long start = System.nanoTime();
        var counted = figures.withYearGroups(null, period.from(), period.to());
        var all = counted.pupils();
        var rates = Rates.of(all.stream().map(PupilFigures::figures).toList());
        var bySchool = new HashMap<UUID, List<AttendanceFigures>>();
        all.forEach(p -> bySchool.computeIfAbsent(p.figures().establishmentId(), k -> new ArrayList<>()).add(p.figures()));
        var schools = new ArrayList<Row>();
        bySchool.forEach((id, list) -> schools.add(new Row(id.toString(), list.get(0).establishmentName(), Rates.of(list))));
        schools.sort(Comparator.comparingDouble((Row r) -> -r.rates().persistentPercent()).thenComparing(Row::label));
        // By year group (from the dates of birth the month rows carry) and pupil group: each enrolment under its child's.
        var yearGroups = counted.yearGroups();
        var childIds = all.stream().map(PupilFigures::childId).distinct().toList();
        var groups = children.currentCharacteristics(childIds, period.to(), rejoin);
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
        log.info("The LA's attendance overview from {} to {}: {} enrolments in {} ms", period.from(), period.to(),
                all.size(), (System.nanoTime() - start) / 1_000_000);
        return new LocalAuthority(period, rates, schools, years, pupilGroups, clock.instant());
    }
}
