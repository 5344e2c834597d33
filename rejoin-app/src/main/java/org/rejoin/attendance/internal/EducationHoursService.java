package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.EducationHours;
import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.attendance.ShortHours;
import org.rejoin.attendance.WeekHours;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.Registrations;
import org.rejoin.platform.Text;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Session times, part-time timetables and the hours they make (ADR 15). */
@Service
@Transactional
@LaOrEstablishmentStaff
class EducationHoursService implements EducationHours {

    private final JdbcTimetableRows rows;
    private final Provisions provisions;
    private final Registrations registrations;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final AuditLog audit;
    private final AlertScan alerts;
    private final AttendanceProperties properties;
    private final Clock clock;

    EducationHoursService(JdbcTimetableRows rows, Provisions provisions, Registrations registrations, ChildRegister children,
            ChildMerges merges, AuditLog audit, AlertScan alerts, AttendanceProperties properties, Clock clock) {
        this.rows = rows;
        this.provisions = provisions;
        this.registrations = registrations;
        this.children = children;
        this.merges = merges;
        this.audit = audit;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public SessionTimes sessionTimes(UUID establishmentId) {
        return provisions.sessionTimes(List.of(establishmentId)).get(establishmentId);
    }

    @Override
    public void setSessionTimes(UUID establishmentId, SessionTimes times, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("Session times are set by the establishment itself, or LA staff");
        }
        rows.setSessionTimes(establishmentId, times, clock.instant(), user.username());
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<PartTimeTimetable> timetables(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        return rows.forChildren(merges.recordsOf(childId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PartTimeTimetable> runningTimetables(UUID establishmentId, RejoinUser user) {
        if (establishmentId == null ? !user.isLocalAuthorityStaff() : !user.actsFor(establishmentId)) {
            throw new AccessDeniedException("An establishment's timetables are seen by its own users, or LA staff");
        }
        return rows.running(establishmentId);
    }

    @Override
    public PartTimeTimetable recordTimetable(NewTimetable t, RejoinUser user) {
        if (t.establishmentId() == null || !user.actsFor(t.establishmentId())) {
            throw new AccessDeniedException("A part-time timetable is recorded by the establishment itself, or LA staff");
        }
        var problems = new ArrayList<FieldError>();
        TimetableCheck.check(t, problems);
        if (t.childId() == null) {
            problems.add(new FieldError("childId", "Choose the pupil"));
        }
        else if (t.startsOn() != null && registrations.enrolmentsOf(List.of(t.childId()), t.startsOn(), t.startsOn())
                .stream().noneMatch(e -> e.establishmentId().equals(t.establishmentId()))) {
            problems.add(new FieldError("childId", "The pupil is not on the roll on " + Text.date(t.startsOn())));
        }
        if (problems.isEmpty() && rows.isRunning(t.childId(), t.establishmentId())) {
            problems.add(new FieldError("startsOn", "A part-time timetable is already running here: end or review it first"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        rows.insert(id, t, clock.instant(), user.username());
        var saved = find(id);
        audit.record(user, AuditAction.TIMETABLE_RECORDED, t.childId(), saved.establishmentName(), List.of(
                new FieldChange("sessions", null, saved.sessionsPerWeek() + " a week"),
                new FieldChange("plannedEndOn", null, saved.plannedEndOn().toString()),
                new FieldChange("reviewOn", null, saved.reviewOn().toString())));
        alerts.scan(List.of(t.childId()), user);
        return saved;
    }

    @Override
    public PartTimeTimetable reviewTimetable(UUID timetableId, LocalDate nextReviewOn, LocalDate plannedEndOn, long version,
            RejoinUser user) {
        var t = running(timetableId, version, user);
        var problems = new ArrayList<FieldError>();
        LocalDate today = LocalDate.now(clock);
        if (plannedEndOn == null) {
            problems.add(new FieldError("plannedEndOn", "Enter the planned end"));
        }
        else if (plannedEndOn.isBefore(t.startsOn())) {
            problems.add(new FieldError("plannedEndOn", "The planned end must be on or after the start, " + Text.date(t.startsOn())));
        }
        if (nextReviewOn == null) {
            problems.add(new FieldError("reviewOn", "Enter the next review"));
        }
        else if (!nextReviewOn.isAfter(today) || plannedEndOn != null && nextReviewOn.isAfter(plannedEndOn)) {
            problems.add(new FieldError("reviewOn", "The next review must be after today and on or before the planned end"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        rows.review(timetableId, nextReviewOn, plannedEndOn);
        audit.record(user, AuditAction.TIMETABLE_REVIEWED, t.childId(), t.establishmentName(), List.of(
                new FieldChange("reviewOn", t.reviewOn().toString(), nextReviewOn.toString()),
                new FieldChange("plannedEndOn", t.plannedEndOn().toString(), plannedEndOn.toString())));
        return find(timetableId);
    }

    @Override
    public PartTimeTimetable endTimetable(UUID timetableId, LocalDate endedOn, long version, RejoinUser user) {
        var t = running(timetableId, version, user);
        if (endedOn == null) {
            throw new InvalidInputException("endedOn", "Enter the day the child went back to full time");
        }
        if (endedOn.isBefore(t.startsOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("endedOn", "The end must be between the start, " + Text.date(t.startsOn()) + ", and today");
        }
        rows.end(timetableId, endedOn);
        audit.record(user, AuditAction.TIMETABLE_ENDED, t.childId(), t.establishmentName(),
                List.of(new FieldChange("endedOn", null, endedOn.toString())));
        alerts.scan(List.of(t.childId()), user);
        return find(timetableId);
    }

    private PartTimeTimetable running(UUID id, long version, RejoinUser user) {
        var t = find(id);
        if (!user.actsFor(t.establishmentId())) {
            throw new AccessDeniedException("A part-time timetable is changed by the establishment itself, or LA staff");
        }
        if (t.version() != version) {
            throw new OptimisticLockingFailureException(
                    "Someone else changed this timetable while you were working on it: open it again to see the latest.");
        }
        if (!t.isOpen()) {
            throw new InvalidInputException("endedOn", "This timetable ended on " + Text.date(t.endedOn()));
        }
        return t;
    }

    private PartTimeTimetable find(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("No part-time timetable " + id));
    }

    @Override
    @Transactional
    @SignedIn
    public List<WeekHours> weeks(UUID childId, LocalDate from, LocalDate to, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        audit.record(user, AuditAction.ATTENDANCE_VIEWED, childId, "Hours " + from + " to " + to, List.of());
        var records = merges.recordsOf(childId);
        var loaded = provisions.load(records, from, to);
        var weeks = new ArrayList<>(HoursRules.weeks(loaded.provisions(loaded.enrolments()), from, to,
                properties.minimumWeeklyHours()));
        java.util.Collections.reverse(weeks);
        return weeks;
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<ShortHours> shortHours(RejoinUser user) {
        var found = rows.shortHours();
        var names = new java.util.HashMap<UUID, String>();
        children.summaries(found.stream().map(ShortHours::childId).toList(), user).forEach(c -> names.put(c.id(), c.displayName()));
        return found.stream().map(r -> new ShortHours(r.childId(), names.getOrDefault(r.childId(), ""), r.since(), r.weeks(),
                r.weekOf(), r.offered(), r.attended())).toList();
    }
}
