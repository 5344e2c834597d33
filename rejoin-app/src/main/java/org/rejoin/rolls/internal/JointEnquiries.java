package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.DeletionStatus;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.RegisterMarks;
import org.rejoin.rolls.RollReturn;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;
import org.rejoin.platform.Text;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The joint enquiries a deletion under reg 9(1)(h) or (i) rests on (docs/rules/rolls.md): the school's
 * claim weighed against the register Rejoin holds, the deletion held for the LA's part with a task for
 * it, and the LA's part, recorded by its CME team, settling the deletion. Called by
 * {@link RollReturnService} within its transaction and checks of who may act.
 */
@Component
class JointEnquiries {

    /** The task that asks the LA's CME team for its part. */
    static final String TASK_KIND = "ROLLS_LA_ENQUIRIES";

    private final JdbcRollReturnRows rows;
    private final RegistrationService registrations;
    private final RegisterMarks register;
    private final Tasks tasks;
    private final AuditLog audit;
    private final Clock clock;

    JointEnquiries(JdbcRollReturnRows rows, RegistrationService registrations, RegisterMarks register, Tasks tasks,
            AuditLog audit, Clock clock) {
        this.rows = rows;
        this.registrations = registrations;
        this.register = register;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register Rejoin holds against the ground; what it finds is kept with the return. */
    AbsenceEvidence.Finding weigh(Deletion deletion, NewDeletion d, UUID establishmentId) {
        try {
            return deletion.weigh(register.schoolDays(d.childId(), establishmentId, deletion.evidenceFrom(), d.leftOn()));
        }
        catch (CalendarNotDefinedException e) {
            // Without the school's school days the marks cannot be counted; the school's dates stand, unverified.
            if (d.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS && d.absentFrom() == null) {
                throw new InvalidInputException("absentFrom", "Enter the day the continuous absence began, as the"
                        + " school's register shows it");
            }
            return new AbsenceEvidence.Finding(AbsenceEvidence.Verdict.UNVERIFIED, "Rejoin cannot count the school days:"
                    + " term dates are missing (" + e.getMessage() + ")");
        }
    }

    /** The LA's part, recorded by the LA's CME team only, must be whole. */
    void checkLaPart(LaEnquiries la, RejoinUser user) {
        if (!user.hasAny(Role.CME_TEAM)) {
            throw new InvalidInputException("laChecked", "Only the local authority's CME team records its part of the"
                    + " joint enquiries: the deletion waits for it");
        }
        var errors = new ArrayList<FieldError>();
        Deletion.checkLaEnquiries(la, LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A deletion held for the LA's part: audited, and a task in the LA's queue asks for it. */
    void hold(UUID returnId, NewDeletion d, String establishmentName, RejoinUser user) {
        audit.record(user, AuditAction.DELETION_RETURNED, d.childId(), establishmentName + " asks to delete under"
                + " reg 9(1)(" + d.ground().paragraph() + ") from " + Text.date(d.leftOn()) + ", pending the LA's enquiries",
                List.of());
        tasks.open(new NewTask(TASK_KIND, "Record the LA's enquiries: " + establishmentName + " asks to delete"
                + " a pupil under reg 9(1)(" + d.ground().paragraph() + ") " + d.ground().description(), "Reg 9(1)("
                + d.ground().paragraph() + "): the name is deleted only when the school and the LA have both"
                + " failed, after reasonable enquiry, to find the child", d.childId(), RollReturn.TASK_SUBJECT, returnId,
                LocalDate.now(clock), false, null), user);
    }

    /**
     * Records the LA's part on a deletion pending the LA: not located, the name leaves the roll on the
     * school's date or the end of the LA's enquiries if later; located, the deletion is not accepted.
     */
    void settle(UUID returnId, LaEnquiries la, RejoinUser user) {
        var pending = rows.deletion(returnId).orElseThrow(() -> new NotFoundException("No deletion return " + returnId));
        var r = pending.rollReturn();
        if (r.status() != DeletionStatus.PENDING_LA) {
            throw new InvalidInputException("laChecked", "This deletion is not waiting for the local authority's"
                    + " enquiries: it was " + (r.status() == DeletionStatus.ACCEPTED ? "accepted" : "not accepted")
                    + (pending.laRecordedBy() == null ? "" : " by " + pending.laRecordedBy()));
        }
        checkLaPart(la, user);
        boolean accepted = la.outcome() == LaEnquiries.Outcome.NOT_LOCATED;
        LocalDate deletedOn = Deletion.deletedOn(r.effectiveOn(), la);
        if (!rows.settle(returnId, accepted ? DeletionStatus.ACCEPTED : DeletionStatus.NOT_ACCEPTED, la, deletedOn,
                JdbcRollReturnRows.Reported.now(clock, user))) {
            throw new OptimisticLockingFailureException("This deletion changed while the enquiries were being recorded:"
                    + " look again");
        }
        audit.record(user, AuditAction.DELETION_ENQUIRIES_RECORDED, r.childId(), r.establishmentName() + ", reg 9(1)("
                + r.ground().paragraph() + "): " + (accepted ? "not located; deleted on " + deletedOn
                        : "located; the deletion is not accepted"), List.of(new FieldChange("LA enquiries", null,
                                la.on() + ": " + la.checked().trim())));
        if (accepted) {
            registrations.deleteFromRoll(registrations.find(r.registrationId()), deletedOn, r.ground(),
                    r.establishmentName(), user);
        }
        tasks.closeFor(returnId, List.of(TASK_KIND), accepted ? "The LA did not find the child either: deleted on "
                + deletedOn : "The LA found the child: the deletion is not accepted", user);
    }
}
