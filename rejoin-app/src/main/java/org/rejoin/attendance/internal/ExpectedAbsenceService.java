package org.rejoin.attendance.internal;

import static org.rejoin.platform.Text.trimmed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.ExpectedAbsences;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Expected absences through illness as a service: checked, recorded, audited, and the child's alerts looked at again. */
@Service
@Transactional
class ExpectedAbsenceService implements ExpectedAbsences {

    /** An expected absence longer than a school year is a different matter (a long-term placement, not a stay). */
    static final int MOST_DAYS = 366;

    private final JdbcExpectedAbsenceRows rows;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final AuditLog audit;
    private final AlertScan alerts;
    private final Clock clock;

    ExpectedAbsenceService(JdbcExpectedAbsenceRows rows, ChildRegister children, ChildMerges merges, AuditLog audit,
            AlertScan alerts, Clock clock) {
        this.rows = rows;
        this.children = children;
        this.merges = merges;
        this.audit = audit;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public ExpectedAbsence record(UUID childId, NewExpectedAbsence a, RejoinUser user) {
        if (childId == null || !children.canSee(childId, user)) {
            throw new InvalidInputException("childId", "Choose the child");
        }
        check(a, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        rows.insert(id, childId, a, clock.instant(), user.username());
        audit.record(user, AuditAction.EXPECTED_ABSENCE_RECORDED, childId, a.startsOn() + " to " + a.endsOn(),
                List.of(new FieldChange("expected absence", null, Text.date(a.startsOn()) + " to " + Text.date(a.endsOn()) + ": "
                        + a.reason().trim())));
        alerts.scan(List.of(childId), user);
        return rows.forChildren(List.of(childId)).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Dates in order, not wholly past, at most a year; a reason. */
    static void check(NewExpectedAbsence a, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        if (a.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the first day of the expected absence"));
        }
        if (a.endsOn() == null) {
            errors.add(new FieldError("endsOn", "Enter the last day of the expected absence"));
        }
        else if (a.endsOn().isBefore(today)) {
            errors.add(new FieldError("endsOn", "An expected absence is still to come: its last day must be today or later."
                    + " Absence already past is in the school's marks"));
        }
        if (a.startsOn() != null && a.endsOn() != null) {
            if (a.endsOn().isBefore(a.startsOn())) {
                errors.add(new FieldError("endsOn", "The last day must be on or after the first"));
            }
            else if (a.startsOn().plusDays(MOST_DAYS).isBefore(a.endsOn())) {
                errors.add(new FieldError("endsOn", "An expected absence lasts at most a year"));
            }
        }
        if (trimmed(a.reason()) == null) {
            errors.add(new FieldError("reason", "Say why the child will be absent, for example a hospital stay"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    @Override
    @SignedIn
    public List<ExpectedAbsence> forChild(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        var found = rows.forChildren(merges.recordsOf(childId));
        // What they hold is about the child's health: each reading is audited.
        audit.record(user, AuditAction.ATTENDANCE_VIEWED, childId, "Expected absences through illness (" + found.size()
                + ")", List.of());
        return found;
    }
}
