package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildBulkLoad;
import org.rejoin.children.ChildConnections;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.ConnectionSource;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.RegistrationKeepers;
import org.rejoin.platform.RejoinItself;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollEntry;
import org.rejoin.platform.Text;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RegistrationService implements Registrations {

    private final JdbcRegistrationRows rows;
    private final ChildRegister children;
    private final ChildConnections connections;
    private final ChildMerges merges;
    private final Organisations organisations;
    private final AuditLog audit;
    private final ChildBulkLoad childBulkLoad;
    private final Clock clock;

    RegistrationService(JdbcRegistrationRows rows, ChildRegister children, ChildConnections connections,
            ChildMerges merges, Organisations organisations, AuditLog audit, ChildBulkLoad childBulkLoad, Clock clock) {
        this.rows = rows;
        this.children = children;
        this.connections = connections;
        this.merges = merges;
        this.organisations = organisations;
        this.audit = audit;
        this.childBulkLoad = childBulkLoad;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<Registration> forChild(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        return rows.forChildren(merges.recordsOf(childId));
    }

    @Override
    @RegistrationKeepers
    public Registration record(NewRegistration r, RejoinUser user) {
        if (r.childId() == null || !children.canSee(r.childId(), user)) {
            throw new NotFoundException("No child " + r.childId());
        }
        var establishment = r.establishmentId() == null ? null
                : organisations.establishment(r.establishmentId()).orElse(null);
        var overlapping = r.startsOn() == null ? List.<Registration>of()
                : rows.overlapping(r.childId(), r.startsOn(), r.endsOn() == null ? LocalDate.MAX : r.endsOn());
        RegistrationCheck.check(r, establishment != null, LocalDate.now(clock), overlapping);
        var id = UUID.randomUUID();
        rows.insert(id, r);
        connections.connect(id, r.childId(), r.establishmentId(), ConnectionSource.REGISTRATION, r.startsOn(),
                r.endsOn());
        audit.record(user, AuditAction.REGISTRATION_RECORDED, r.childId(), establishment.name(),
                List.of(new FieldChange("registration", null, r.enrolmentStatus().code() + " from " + r.startsOn()
                        + (r.endsOn() == null ? "" : " to " + Text.date(r.endsOn()) + " (" + r.deletionGround() + ")"))));
        return rows.find(id);
    }

    /** The child's open registration at the establishment, if any. */
    Optional<Registration> currentAt(UUID childId, UUID establishmentId) {
        return rows.currentAt(childId, establishmentId);
    }

    /** The child's most recently ended registration at the establishment, if any. */
    Optional<Registration> lastEndedAt(UUID childId, UUID establishmentId) {
        return rows.lastEndedAt(childId, establishmentId);
    }

    /**
     * A new-pupil return's registration. Unlike {@link #record}, it may overlap a registration at
     * another school: the child has moved, and that school's deletion return is still to come.
     */
    Registration joiner(UUID childId, UUID establishmentId, EnrolmentStatus status, LocalDate startsOn, RejoinUser by) {
        var id = UUID.randomUUID();
        rows.insert(id, new NewRegistration(childId, establishmentId, status, startsOn, null, null));
        connections.connect(id, childId, establishmentId, ConnectionSource.REGISTRATION, startsOn, null);
        return rows.find(id);
    }

    Registration find(UUID id) {
        return rows.find(id);
    }

    /**
     * The name leaves the roll on the deletion date: the registration ends with its reg 9(1) ground, and
     * the school's connection with the child with it; audited. Refused when someone changed it meanwhile.
     */
    void deleteFromRoll(Registration registration, LocalDate deletedOn, DeletionGround ground, String establishmentName,
            AuditActor by) {
        if (!rows.end(registration, deletedOn, ground)) {
            throw new OptimisticLockingFailureException(
                    "This registration changed while the deletion was being recorded: send the return again");
        }
        connections.connect(registration.id(), registration.childId(), registration.establishmentId(),
                ConnectionSource.REGISTRATION, registration.startsOn(), deletedOn);
        audit.record(by, AuditAction.DELETION_RETURNED, registration.childId(), establishmentName + " on " + deletedOn
                + " under reg 9(1)(" + ground.paragraph() + ")", List.of(new FieldChange("roll", establishmentName, null)));
    }

    @Override
    @RejoinItself
    public void loadAll(List<NewRegistration> registrations, RejoinUser by) {
        var copied = new ArrayList<Object[]>(registrations.size());
        var links = new ArrayList<ChildBulkLoad.Connection>(registrations.size());
        for (var r : registrations) {
            var id = UUID.randomUUID();
            copied.add(new Object[] {id, r.childId(), r.establishmentId(), r.enrolmentStatus().code(), r.startsOn(),
                    r.endsOn(), r.deletionGround() == null ? null : r.deletionGround().name(), 0});
            links.add(new ChildBulkLoad.Connection(id, r.childId(), r.establishmentId(), ConnectionSource.REGISTRATION,
                    r.startsOn(), r.endsOn()));
        }
        rows.insertAll(copied);
        childBulkLoad.connectAll(links);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<RollEntry> roll(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("Only " + "the establishment itself and LA staff see its roll");
        }
        var current = rows.currentAt(List.of(establishmentId), LocalDate.now(clock));
        var byId = new HashMap<UUID, ChildSummary>();
        children.summaries(current.stream().map(Registration::childId).distinct().toList(), user)
                .forEach(c -> byId.put(c.id(), c));
        return current.stream().filter(r -> byId.containsKey(r.childId())).map(r -> {
            var c = byId.get(r.childId());
            return new RollEntry(r.childId(), c.displayName(), c.dateOfBirth(), c.upn(),
                    r.enrolmentStatus(), r.startsOn());
        }).sorted(Comparator.comparing(RollEntry::name)).toList();
    }

    /** The registrations current today at these establishments (for reconciling many rolls at once; no scope check). */
    List<Registration> currentAt(Collection<UUID> establishmentIds) {
        return rows.currentAt(establishmentIds, LocalDate.now(clock));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrolment> enrolments(Collection<UUID> establishmentIds, LocalDate from, LocalDate to) {
        return rows.enrolments(establishmentIds, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrolment> enrolmentsOf(Collection<UUID> childIds, LocalDate from, LocalDate to) {
        return rows.enrolmentsOf(childIds, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> establishmentsWithPupils(LocalDate from, LocalDate to, Collection<UUID> onlyChildren) {
        return rows.establishmentsWithPupils(from, to, onlyChildren);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public int rollCount(UUID establishmentId) {
        return rows.rollCount(establishmentId, LocalDate.now(clock));
    }
}
