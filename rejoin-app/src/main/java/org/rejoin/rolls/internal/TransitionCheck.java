package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.Organisations;
import org.rejoin.rolls.Movements;
import org.rejoin.rolls.NoSecondaryPlaceFound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Year 6 to 7 transition (docs/rules/rolls.md; ADR 13): a child of Year 7
 * age who was on a primary roll last year and has no registration at a secondary (or any other
 * non-primary) establishment by the first day of the autumn term is referred to the CME team, once
 * per year. It runs every morning by itself: nobody has to remember it.
 */
@Component
class TransitionCheck {

    private static final Logger log = LoggerFactory.getLogger(TransitionCheck.class);

    /** GIAS phase of education: 2 Primary. */
    private static final int PRIMARY = 2;

    private final RejoinActor actor;
    private final JdbcRegistrationRows rows;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final ChildRegister children;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TransitionCheck(JdbcRegistrationRows rows, Organisations organisations, SchoolCalendar calendar, ChildRegister children,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, RejoinActor actor) {
        this.actor = actor;
        this.rows = rows;
        this.organisations = organisations;
        this.calendar = calendar;
        this.children = children;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${rejoin.rolls.transition-check-cron:0 30 6 * * *}")
    void everyMorning() {
        if (organisations.localAuthority().isPresent()) {
            refer(LocalDate.now(clock));
        }
    }

    /**
     * Also when Rejoin starts, so that a restart never leaves a day unchecked: early among the start-up work, and
     * a failure logged, as the morning's would be, rather than stopping Rejoin.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    void atStart() {
        try {
            everyMorning();
        }
        catch (RuntimeException e) {
            log.error("The Year 6 to 7 transition check failed as Rejoin started", e);
        }
    }

    /** The Year 7 children with no secondary registration on {@code on}, or none before the autumn term starts. */
    List<Movements.Leaver> unplaced(LocalDate on) {
        var year = AcademicYear.of(on);
        // Only the Year 7 cohort: the rest of those at primary school are where they should be.
        return unplacedAmong(on, actor.act(rejoin -> children.bornBetween(year.firstBirthdayIn(7), year.lastBirthdayIn(7),
                rejoin)));
    }

    /**
     * The Year 7 children the check referred this academic year who are still unplaced on {@code on}: what the LA's
     * movements page lists. Checking the referred few, not the whole cohort, keeps the page quick at any size.
     */
    List<Movements.Leaver> stillUnplaced(LocalDate on) {
        var referred = rows.transitionReferrals(AcademicYear.of(on).startYear());
        return referred.isEmpty() ? List.of() : unplacedAmong(on, referred);
    }

    private List<Movements.Leaver> unplacedAmong(LocalDate on, Collection<UUID> among) {
        var year = AcademicYear.of(on);
        var terms = calendar.termDates(year);
        if (terms.isEmpty() || on.isBefore(terms.get(0).startsOn())) {
            return List.of();
        }
        Set<UUID> primaries = new HashSet<>();
        Map<UUID, String> names = new HashMap<>();
        organisations.allEstablishments(EstablishmentSearch.all()).forEach(e -> {
            names.put(e.id(), e.name());
            if (e.phaseCode() != null && e.phaseCode() == PRIMARY) {
                primaries.add(e.id());
            }
        });
        var lastPrimary = rows.lastRegistrationsNotSince(among, primaries, year.firstDay().minusYears(1), year.firstDay(),
                terms.get(0).startsOn());
        List<ChildSummary> summaries = actor.act(rejoin -> children.summaries(lastPrimary.keySet(), rejoin));
        return summaries.stream()
                .filter(c -> c.dateOfBirth() != null && year.yearGroup(c.dateOfBirth()) == 7)
                .map(c -> {
                    var last = lastPrimary.get(c.id());
                    return Movements.Leaver.unplaced(c.id(), c.displayName(), names.get(last.establishmentId()),
                            last.ended());
                })
                .sorted(java.util.Comparator.comparing(Movements.Leaver::childName)).toList();
    }

    /** Refers each unplaced Year 7 child once this academic year; returns how many were referred now. */
    int refer(LocalDate on) {
        int year = AcademicYear.of(on).startYear();
        return actor.act(rejoin -> transactions.execute(status -> {
            int referred = 0;
            for (var child : unplaced(on)) {
                if (!rows.recordTransitionReferral(child.childId(), year, on)) {
                    continue;
                }
                events.publishEvent(new NoSecondaryPlaceFound(child.childId(), child.school(), on, rejoin));
                referred++;
            }
            return referred;
        }));
    }
}
