package org.rejoin.attendance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out the attendance alerts (issue 6, {@link AlertRules}) for every enrolment of the academic
 * year so far, or for the pupils a load just wrote marks for, and raises each new one once
 * ({@link AttendanceAlertRaised}). The school days are each establishment's own (term dates less its
 * INSET days), so holidays neither count nor break a run. Runs after every load and every morning
 * ({@code rejoin.attendance.alert-scan-cron}) for the alerts that come with time passing: an N not
 * replaced, a provider gone silent.
 */
@Component
class AlertScan {

    private static final Logger log = LoggerFactory.getLogger(AlertScan.class);

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Organisations organisations;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final AttendanceProperties properties;
    private final ApplicationEventPublisher events;
    private final RejoinActor actor;
    private final Clock clock;

    AlertScan(JdbcClient jdbc, Registrations registrations, Organisations organisations, ChildRegister children,
            SchoolCalendar calendar, AttendanceProperties properties, ApplicationEventPublisher events, RejoinActor actor,
            Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.organisations = organisations;
        this.children = children;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /** The morning scan, as Rejoin, of every enrolment. */
    @Scheduled(cron = "${rejoin.attendance.alert-scan-cron:0 45 6 * * *}")
    @Transactional
    public void daily() {
        if (organisations.localAuthority().isEmpty()) {
            return;
        }
        var rejoin = actor.user();
        int raised = SystemAuthentication.run(rejoin, () -> scan(null, rejoin));
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
        LocalDate from = AcademicYear.of(today).firstDay();
        // The survey period is the current term; the academic year without term dates.
        LocalDate surveyFrom = calendar.termStart(today).orElse(from);
        var establishments = new HashMap<UUID, Establishment>();
        // The establishments the children scanned are registered at (all of them for the morning scan).
        registrations.establishmentsWithPupils(from, today, only)
                .forEach(id -> organisations.establishment(id).ifPresent(e -> establishments.put(id, e)));
        var enrolments = registrations.enrolments(establishments.keySet(), from, today).stream()
                .filter(e -> only == null || only.contains(e.childId())).toList();
        if (enrolments.isEmpty()) {
            return 0;
        }
        // Each establishment's school days this year so far, once.
        var schoolDays = new HashMap<UUID, List<LocalDate>>();
        for (var id : establishments.keySet()) {
            try {
                var days = calendar.forEstablishment(id);
                schoolDays.put(id, from.datesUntil(today.plusDays(1)).filter(days::isSchoolDay).toList());
            }
            catch (CalendarNotDefinedException e) {
                schoolDays.put(id, List.of());
            }
        }
        var marks = marks(only, from, today);
        var childIds = enrolments.stream().map(Enrolment::childId).distinct().toList();
        var rejoin = actor.user();
        var lookedAfter = SystemAuthentication.run(rejoin, () -> children.currentCharacteristics(childIds, today, rejoin));
        int raised = 0;
        for (var e : enrolments) {
            var establishment = establishments.get(e.establishmentId());
            var row = marks.getOrDefault(e.childId().toString() + e.establishmentId(), Map.of());
            var days = new ArrayList<AlertRules.Day>();
            for (var date : schoolDays.getOrDefault(e.establishmentId(), List.of())) {
                if (!e.covers(date)) {
                    continue;
                }
                byte[] month = row.get(date.withDayOfMonth(1));
                int offset = (date.getDayOfMonth() - 1) * 2;
                days.add(new AlertRules.Day(date, month == null ? null : AttendanceCode.ofId(month[offset]),
                        month == null ? null : AttendanceCode.ofId(month[offset + 1])));
            }
            if (days.isEmpty()) {
                continue;
            }
            boolean isLookedAfter = lookedAfter.getOrDefault(e.childId(), Set.of()).contains(CharacteristicType.LOOKED_AFTER);
            for (var found : AlertRules.evaluate(days, surveyFrom, today, isLookedAfter,
                    establishment.isAlternativeProvision(), properties)) {
                UUID id = UUID.randomUUID();
                int inserted = jdbc.sql("""
                        insert into attendance_alert (id, kind, child_id, establishment_id, episode, evidence, raised_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (kind, child_id, establishment_id, episode) do nothing""")
                        .params(id, found.kind().name(), e.childId(), e.establishmentId(), found.episode(), found.evidence(),
                                Timestamp.from(clock.instant()))
                        .update();
                if (inserted == 1) {
                    events.publishEvent(new AttendanceAlertRaised(id, found.kind(), e.childId(), e.establishmentId(),
                            establishment.name(), found.episode(), found.evidence(), by));
                    raised++;
                }
            }
        }
        return raised;
    }

    /** Month rows by child and establishment, then by month. */
    private Map<String, Map<LocalDate, byte[]>> marks(Collection<UUID> only, LocalDate from, LocalDate to) {
        var marks = new HashMap<String, Map<LocalDate, byte[]>>();
        var sql = "select child_id, establishment_id, month, marks from attendance_month where month between ? and ?"
                + (only == null ? "" : " and child_id = any(?)");
        var query = jdbc.sql(sql).param(from.withDayOfMonth(1)).param(to);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        query.query(rs -> {
            marks.computeIfAbsent(rs.getString(1) + rs.getString(2), k -> new HashMap<>())
                    .put(rs.getObject(3, LocalDate.class), rs.getBytes(4));
        });
        return marks;
    }
}
