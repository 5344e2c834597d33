package org.rejoin.attendance.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.MarkLoad;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;
import org.rejoin.platform.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StopWatch;

/**
 * Session marks as a service (ADR 14, ADR 16): a load is checked whole by {@link MarkLoadCheck}
 * before anything is written; then only its marks go to the database, as runs of consecutive
 * sessions ({@link MonthPatches}) laid over the month rows in SQL, so a day's marks for a large LA
 * load in seconds. Changes are kept in history, the load audited on every child, and a school's
 * load scanned for alerts at once.
 */
@Service
@Transactional
@LaOrEstablishmentStaff
class AttendanceMarkService implements AttendanceMarks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AttendanceMarkService.class);

    /** Loads for up to this many pupils (a large secondary school's day) are scanned for alerts as they land. */
    static final int SCAN_AT_ONCE = 5_000;

    private final JdbcMonthRows rows;
    private final JdbcAlertRows alertRows;
    private final Registrations registrations;
    private final Organisations organisations;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final AuditLog audit;
    private final AlertScan alerts;
    private final PeriodFigures periodFigures;
    private final LaOverviews overviews;
    private final SchoolCalendar calendar;
    private final Clock clock;

    AttendanceMarkService(JdbcMonthRows rows, JdbcAlertRows alertRows, Registrations registrations, Organisations organisations,
            ChildRegister children, ChildMerges merges, AuditLog audit, AlertScan alerts, PeriodFigures periodFigures,
            LaOverviews overviews, SchoolCalendar calendar, Clock clock) {
        this.rows = rows;
        this.alertRows = alertRows;
        this.registrations = registrations;
        this.organisations = organisations;
        this.children = children;
        this.merges = merges;
        this.audit = audit;
        this.alerts = alerts;
        this.periodFigures = periodFigures;
        this.overviews = overviews;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public MarkLoad load(List<NewMark> marks, String route, RejoinUser user) {
        return load(marks, route, user, 1, List.of());
    }

    @Override
    public MarkLoad loadCsv(InputStream csv, RejoinUser user) {
        var read = MarkCsv.read(csv);
        // Every problem at once: the rows that could be read are checked as a batch's are.
        return load(read.marks(), "CSV", user, 2, read.problems());
    }

    private MarkLoad load(List<NewMark> marks, String route, RejoinUser user, int firstRow,
            List<FieldError> unreadable) {
        long started = System.nanoTime();
        var checked = new MarkLoadCheck(LocalDate.now(clock), firstRow, unreadable, lookups(user)).check(marks);
        if (marks.size() >= 10_000) {
            log.info("Checked {} marks in {} ms", marks.size(), (System.nanoTime() - started) / 1_000_000);
        }
        if (checked.marks().isEmpty()) {
            // Nothing to write: no load is recorded, so it has no id.
            return new MarkLoad(null, route, 0, 0, 0, clock.instant(), user.username(), checked.ignored(), checked.notes());
        }
        return write(checked, route, user);
    }

    private MarkLoadCheck.Lookups lookups(RejoinUser user) {
        return new MarkLoadCheck.Lookups() {
            @Override
            public Optional<Establishment> establishment(int urn) {
                return organisations.establishmentByUrn(urn);
            }

            @Override
            public boolean actsFor(UUID establishmentId) {
                return user.actsFor(establishmentId);
            }

            @Override
            public List<Enrolment> enrolments(Collection<UUID> establishmentIds, LocalDate from, LocalDate to) {
                return registrations.enrolments(establishmentIds, from, to);
            }

            @Override
            public Boolean isSchoolDay(UUID establishmentId, LocalDate date) {
                try {
                    return calendar.forEstablishment(establishmentId).isSchoolDay(date);
                }
                catch (CalendarNotDefinedException e) {
                    return null;
                }
            }
        };
    }

    private MarkLoad write(MarkLoadCheck.Checked checked, String route, RejoinUser user) {
        var marks = checked.marks();
        var watch = new StopWatch();
        watch.start("stage");
        var patches = new MonthPatches(marks);
        rows.stage(patches.runs());
        watch.stop();
        watch.start("changes");
        UUID loadId = UUID.randomUUID();
        var changes = rows.changes(loadId);
        watch.stop();
        watch.start("write");
        rows.layOver(patches.rows(), patches.rounds());
        overviews.marksChanged();
        watch.stop();
        watch.start("history and audit");
        var loadedAt = clock.instant();
        rows.recordLoad(loadId, route, marks.size(), changes.size(), loadedAt, user.username());
        rows.recordChanges(changes);
        var pupils = marks.stream().map(MarkLoadCheck.Resolved::childId).distinct().toList();
        audit.recordAll(user, AuditAction.ATTENDANCE_RECORDED, pupils, marks.size() + " marks by "
                + route.toLowerCase(Locale.ROOT) + (changes.isEmpty() ? "" : ", " + changes.size() + " changed"));
        watch.stop();
        // A school's or provider's load is scanned for alerts at once; an LA-wide feed waits for the morning scan.
        if (pupils.size() <= SCAN_AT_ONCE) {
            alerts.scan(pupils, user);
        }
        if (marks.size() >= 10_000) {
            log.info("Loaded {} marks for {} pupils: {}", marks.size(), pupils.size(), watch.shortSummary() + " "
                    + Arrays.stream(watch.getTaskInfo()).map(t -> t.getTaskName() + " " + t.getTimeMillis() + " ms")
                            .toList());
        }
        return new MarkLoad(loadId, route, marks.size(), changes.size(), pupils.size(), loadedAt, user.username(),
                checked.ignored(), checked.notes());
    }

    @Override
    @LaAdmin
    public void loadAll(List<PupilMonth> months, RejoinUser by) {
        var monthRows = new LinkedHashMap<MonthPatches.RowKey, byte[]>();
        var counts = new LinkedHashMap<UUID, Integer>();
        for (var m : months) {
            if (m.sessions().length != MonthMarks.LENGTH || m.month().getDayOfMonth() != 1) {
                throw new IllegalArgumentException("A month of marks starts on the 1st and holds " + MonthMarks.LENGTH + " sessions");
            }
            byte[] row = new byte[MonthMarks.LENGTH];
            int marked = 0;
            for (int i = 0; i < row.length; i++) {
                if (m.sessions()[i] != null) {
                    row[i] = m.sessions()[i].id();
                    marked++;
                }
            }
            monthRows.put(new MonthPatches.RowKey(m.establishmentId(), m.month(), m.childId()), row);
            counts.merge(m.childId(), marked, Integer::sum);
        }
        rows.replace(monthRows);
        overviews.marksChanged();
        rows.recordLoad(UUID.randomUUID(), "BULK", counts.values().stream().mapToInt(Integer::intValue).sum(), 0,
                clock.instant(), by.username());
        audit.recordAll(by, AuditAction.ATTENDANCE_RECORDED, List.copyOf(counts.keySet()), "Marks loaded in bulk");
    }

    @Override
    @LaAdmin
    public int scanAlerts(LocalDate on, RejoinUser by) {
        if (on.isAfter(LocalDate.now(clock))) {
            // Alerts count the school days that have passed: a day to come has none of its marks yet.
            throw new InvalidInputException("on", "is " + Text.date(on) + ", in the future: alerts are found as of today or a day past");
        }
        return alerts.scan(null, on, by);
    }

    @Override
    @SignedIn
    public List<AttendanceFigures> figures(UUID childId, LocalDate from, LocalDate to, RejoinUser user) {
        return figures(marks(childId, from, to, user));
    }

    @Override
    @SignedIn
    public List<AttendanceFigures> figures(List<MarkEntry> marks) {
        var names = organisations.names(marks.stream().map(MarkEntry::establishmentId).distinct().toList());
        return FigureCounts.count(marks, names);
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<PupilFigures> figuresForAll(LocalDate from, LocalDate to, RejoinUser user) {
        return periodFigures.at(null, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<Alert> alerts(UUID childId, RejoinUser user) {
        requireSight(childId, user);
        return alertRows.alerts(merges.recordsOf(childId));
    }

    @Override
    public List<RegisterEntry> register(UUID establishmentId, LocalDate date, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A register is kept by the establishment itself, or LA staff");
        }
        var pupils = registrations.enrolments(List.of(establishmentId), date, date).stream()
                .map(Enrolment::childId).distinct().toList();
        var marks = rows.month(establishmentId, date.withDayOfMonth(1), pupils);
        var result = new ArrayList<RegisterEntry>();
        for (var c : children.summaries(pupils, user)) {
            byte[] row = marks.get(c.id());
            result.add(new RegisterEntry(c.id(), c.registerName(), c.upn(), c.dateOfBirth(),
                    row == null ? null : AttendanceCode.ofId(row[MonthMarks.offset(date, Session.AM)]),
                    row == null ? null : AttendanceCode.ofId(row[MonthMarks.offset(date, Session.PM)])));
        }
        result.sort(Comparator.comparing(RegisterEntry::name, String.CASE_INSENSITIVE_ORDER));
        audit.recordAll(user, AuditAction.ATTENDANCE_VIEWED, pupils, "Register of " + Text.date(date));
        return result;
    }

    @Override
    @SignedIn
    public List<MarkEntry> marks(UUID childId, LocalDate from, LocalDate to, RejoinUser user) {
        requireSight(childId, user);
        audit.record(user, AuditAction.ATTENDANCE_VIEWED, childId, from + " to " + to, List.of());
        return rows.marks(merges.recordsOf(childId), from, to);
    }

    private void requireSight(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
    }
}
