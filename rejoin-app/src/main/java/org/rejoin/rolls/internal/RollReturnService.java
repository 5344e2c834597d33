package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.CmeOversight;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.ChildLeftRollWithoutDestination;
import org.rejoin.rolls.DeletionHeldForLaEnquiries;
import org.rejoin.rolls.DeletionRecord;
import org.rejoin.rolls.DeletionStatus;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.Movements;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.RollFigures;
import org.rejoin.rolls.RollReturn;
import org.rejoin.rolls.RollReturns;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;
import org.rejoin.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * New-pupil and deletion returns as a service: checks each against its rules ({@link ReturnRules},
 * {@link Deletion}), records it with the registration it starts or ends, audits it and sets going
 * what follows (docs/rules/rolls.md).
 */
@Service
@Transactional
@LaOrEstablishmentStaff
class RollReturnService implements RollReturns {

    static final String DESTINATION_CHECK = "ROLLS_DESTINATION_CHECK";
    static final String HOME_EDUCATION_NOTICE = "ROLLS_HOME_EDUCATION_NOTICE";
    static final String SUBJECT = RollReturn.TASK_SUBJECT;

    private final JdbcRollReturnRows rows;
    private final RollReturnViews views;
    private final RegistrationService registrations;
    private final ChildRegister children;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final Tasks tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final RejoinActor actor;
    private final Clock clock;
    private final JdbcJuniorReturnRows juniorRows;
    private final JointEnquiries enquiries;

    RollReturnService(JdbcRollReturnRows rows, RollReturnViews views, RegistrationService registrations,
            ChildRegister children, Organisations organisations, SchoolCalendar calendar,
            Tasks tasks, AuditLog audit, ApplicationEventPublisher events, RejoinActor actor, Clock clock,
            JdbcJuniorReturnRows juniorRows, JointEnquiries enquiries) {
        this.rows = rows;
        this.views = views;
        this.registrations = registrations;
        this.children = children;
        this.organisations = organisations;
        this.calendar = calendar;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
        this.juniorRows = juniorRows;
        this.enquiries = enquiries;
    }

    @Override
    public RollReturn joiner(NewJoiner j, RejoinUser user) {
        var establishment = establishment(establishmentOf(j.establishmentId(), user));
        LocalDate today = LocalDate.now(clock);
        // Every joiner goes through the register as Rejoin (a school may not search it): an automatic
        // match is this child; otherwise the child is added and any possible match queued for LA staff.
        var registration = actor.act(rejoin -> {
            ReturnRules.checkJoiner(j, today, j.child() == null ? List.of() : children.problems(j.child()));
            UUID matched = children.possibleDuplicates(j.child(), rejoin).stream().filter(PossibleDuplicate::isMatch)
                    .findFirst().map(match -> match.child().id()).orElseGet(() -> children.create(j.child(), true, rejoin).id());
            if (registrations.currentAt(matched, establishment.id()).isPresent()) {
                throw new InvalidInputException("child", "This child is already on " + establishment.name() + "'s roll");
            }
            return registrations.joiner(matched, establishment.id(), j.enrolmentStatus(), j.startsOn(), rejoin);
        });
        UUID childId = registration.childId();
        boolean late = !owesNoReturn(j, establishment) && ReturnRules.isLate(j.startsOn(), today);
        UUID id = UUID.randomUUID();
        rows.insertJoiner(id, registration.id(), childId, establishment.id(), j.startsOn(), late, reported(user));
        audit.record(user, AuditAction.JOINER_RETURNED, childId, establishment.name() + " from " + j.startsOn()
                + (late ? " (late)" : ""), List.of(new FieldChange("roll", null, establishment.name())));
        // A leaver expected here has arrived: the follow-up on their deletion return is done.
        for (UUID deletion : rows.deletionsExpecting(childId, establishment.id())) {
            tasks.closeFor(deletion, List.of(DESTINATION_CHECK), "Registered at " + establishment.name() + " from "
                    + j.startsOn(), user);
        }
        events.publishEvent(new ChildJoinedRoll(childId, establishment.id(), establishment.name(), j.startsOn(), user));
        return views.find(id);
    }

    @Override
    public RollReturn deletion(NewDeletion d, RejoinUser user) {
        var establishment = establishment(establishmentOf(d.establishmentId(), user));
        if (d.childId() == null) {
            throw new InvalidInputException("childId", "Select the pupil");
        }
        var registration = current(d.childId(), establishment);
        rows.pendingFor(registration.id()).ifPresent(sent -> {
            throw new InvalidInputException("childId", "A deletion of this pupil sent on " + sent
                    + " already waits for the local authority's enquiries: a deletion is reported once");
        });
        var deletion = new Deletion(d, registration);
        LocalDate today = LocalDate.now(clock);
        deletion.check(today, school -> organisations.establishment(school).isPresent());
        if (d.laEnquiries() != null) {
            enquiries.checkLaPart(d.laEnquiries(), user);
            if (d.laEnquiries().outcome() == LaEnquiries.Outcome.LOCATED) {
                throw new InvalidInputException("laOutcome", "The local authority found where the child is: ground ("
                        + d.ground().paragraph() + ") is not met");
            }
        }
        var evidence = deletion.needsJointEnquiries() ? enquiries.weigh(deletion, d, establishment.id()) : null;
        UUID id = UUID.randomUUID();
        if (deletion.waitsForLa()) {
            rows.insertDeletion(id, registration.id(), establishment.id(), d, d.leftOn(), DeletionStatus.PENDING_LA,
                    evidence, reported(user));
            enquiries.hold(id, d, establishment.name(), user);
            events.publishEvent(new DeletionHeldForLaEnquiries(d.childId(), establishment.name(), d.leftOn(), d.ground(),
                    d.destination(), d.schoolEnquiries(), today, user));
        }
        else {
            rows.insertDeletion(id, registration.id(), establishment.id(), d, deletion.effectiveOn(),
                    DeletionStatus.ACCEPTED, evidence, reported(user));
            registrations.deleteFromRoll(registration, deletion.effectiveOn(), d.ground(), establishment.name(), user);
        }
        if (!deletion.waitsForLa() && deletion.leavesChildUnaccountedFor()) {
            events.publishEvent(new ChildLeftRollWithoutDestination(d.childId(), establishment.name(), d.leftOn(),
                    d.ground(), d.destination(), d.schoolEnquiries(), today, user));
        }
        followUp(id, d, establishment.name(), user);
        return views.find(id);
    }

    @Override
    @CmeOversight
    public RollReturn recordLaEnquiries(UUID returnId, LaEnquiries la, RejoinUser user) {
        enquiries.settle(returnId, la, user);
        return views.find(returnId);
    }

    @Override
    public DeletionRecord deletionRecord(UUID returnId, RejoinUser user) {
        var found = rows.deletion(returnId).orElseThrow(() -> new NotFoundException("No deletion return " + returnId));
        establishmentOf(found.rollReturn().establishmentId(), user);
        audit.record(user, AuditAction.CHILD_VIEWED, found.rollReturn().childId(), "Deletion return from "
                + found.rollReturn().establishmentName(), List.of());
        return views.named(found);
    }

    /** The child's registration at the school, which a deletion ends; a deletion is reported once. */
    private Registration current(UUID childId, Establishment establishment) {
        return registrations.currentAt(childId, establishment.id()).orElseThrow(() -> {
            var ended = registrations.lastEndedAt(childId, establishment.id());
            return new InvalidInputException("childId", ended.isPresent()
                    ? "This pupil's name was already deleted from " + establishment.name() + "'s roll on "
                            + ended.get().endsOn() + ": a deletion is reported once"
                    : "This child is not on " + establishment.name() + "'s roll");
        });
    }

    /**
     * A move to a school in the LA is checked once that school should have registered the child; a
     * move to another LA notifies its CME contact; home education is told to the LA, which makes
     * contact with the family.
     */
    private void followUp(UUID returnId, NewDeletion d, String establishmentName, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        switch (d.destination()) {
            case SCHOOL_IN_LA -> {
                var school = establishment(d.destinationEstablishment());
                tasks.open(new NewTask(DESTINATION_CHECK, "Check the child is registered at " + school.name() + " (left "
                        + establishmentName + " on " + Text.date(d.leftOn()) + ")", "Local policy: the destination school registers"
                        + " the child within " + ReturnRules.DESTINATION_CHECK_DAYS + " school days", d.childId(), SUBJECT,
                        returnId, ReturnRules.destinationCheckDue(calendar.forEstablishment(school.id()), d.leftOn(),
                        today), false,
                        null), user);
            }
            case OTHER_LA -> rows.insertCrossLaSent(returnId, d.childId(), d.destinationDetail().trim(), reported(user));
            case HOME_EDUCATION -> tasks.open(new NewTask(HOME_EDUCATION_NOTICE, "Home education: " + establishmentName
                    + " deleted a pupil on the parent's written notice of " + d.parentNoticeOn(),
                    "Reg 9(1)(f): the school tells the LA, which makes contact with the family", d.childId(), SUBJECT,
                    returnId, today, false, null), user);
            default -> { }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<RollReturn> forEstablishment(UUID establishmentId, RejoinUser user) {
        return views.forEstablishment(establishmentOf(establishmentId, user));
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public Movements movements(RejoinUser user) {
        return views.movements(user);
    }

    @Override
    @Transactional(readOnly = true)
    public RollFigures figures(UUID establishmentId, RejoinUser user) {
        return views.figures(establishmentOf(establishmentId, user), user);
    }

    private Establishment establishment(UUID id) {
        return organisations.establishment(id)
                .orElseThrow(() -> new InvalidInputException("establishmentId", "Select the establishment"));
    }

    private JdbcRollReturnRows.Reported reported(RejoinUser user) {
        return JdbcRollReturnRows.Reported.now(clock, user);
    }

    /** A school acts for itself; LA staff for any establishment. */
    private static UUID establishmentOf(UUID requested, RejoinUser user) {
        if (user.isLocalAuthorityStaff()) {
            if (requested == null) {
                throw new InvalidInputException("establishmentId", "Select the establishment");
            }
            return requested;
        }
        if (requested != null && !requested.equals(user.organisationId())) {
            throw new AccessDeniedException("Returns for another establishment are made by that establishment");
        }
        return user.organisationId();
    }

    /** A starter in the school's most junior class on the first day of the school year, unless the LA asked (reg 13(2)-(3)). */
    private boolean owesNoReturn(NewJoiner j, Establishment establishment) {
        var year = AcademicYear.of(j.startsOn());
        var terms = calendar.termDates(establishment.id(), year);
        LocalDate dob = j.child().dateOfBirth();
        // A class of children aged N at the start of the year is year group N - 4: Reception at 4, Year 7 at 11
        // (AcademicYear.yearGroup; docs/rules/school-days.md), so the youngest class follows GIAS's statutory low age.
        return ReturnRules.isExempt(dob == null ? null : year.yearGroup(dob),
                establishment.statutoryLowAge() == null ? null : establishment.statutoryLowAge() - 4, j.startsOn(),
                terms.isEmpty() ? null : terms.get(0).startsOn(), juniorRows.requestedOn().orElse(null));
    }
}
