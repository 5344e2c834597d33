package org.rejoin.rolls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildBulkLoad;
import org.rejoin.children.ChildConnections;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.ConnectionSource;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.BulkCopy;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcRegistrations implements Registrations {

    private static final String SELECT = """
            select r.*, o.name as establishment_name, e.urn
            from registration r join organisation o on o.id = r.establishment_id
            left join establishment e on e.organisation_id = r.establishment_id""";

    private final JdbcClient jdbc;
    private final ChildRegister children;
    private final ChildConnections connections;
    private final ChildMerges merges;
    private final Organisations organisations;
    private final AuditLog audit;
    private final BulkCopy bulk;
    private final ChildBulkLoad childBulkLoad;
    private final Clock clock;

    JdbcRegistrations(JdbcClient jdbc, ChildRegister children, ChildConnections connections, ChildMerges merges,
            Organisations organisations, AuditLog audit, BulkCopy bulk, ChildBulkLoad childBulkLoad, Clock clock) {
        this.jdbc = jdbc;
        this.merges = merges;
        this.bulk = bulk;
        this.childBulkLoad = childBulkLoad;
        this.children = children;
        this.connections = connections;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<Registration> forChild(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        return jdbc.sql(SELECT + " where r.child_id = any(?) order by r.starts_on desc, r.ends_on desc nulls first")
                .param(merges.recordsOf(childId).toArray(new UUID[0])).query(JdbcRegistrations::registration).list();
    }

    @Override
    @RegistrationKeepers
    public Registration record(NewRegistration r, RejoinUser user) {
        var errors = new ArrayList<FieldError>();
        if (r.childId() == null || !children.canSee(r.childId(), user)) {
            throw new NotFoundException("No child " + r.childId());
        }
        var establishment = r.establishmentId() == null ? null
                : organisations.establishment(r.establishmentId()).orElse(null);
        if (establishment == null) {
            errors.add(new FieldError("establishmentId", "Select the establishment"));
        }
        if (r.enrolmentStatus() == null) {
            errors.add(new FieldError("enrolmentStatus", "Select the enrolment status"));
        }
        if (r.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the date the child was entered on the roll"));
        }
        else if (r.startsOn().isAfter(LocalDate.now(clock).plusYears(1))) {
            errors.add(new FieldError("startsOn", "Start date must be within the next year"));
        }
        if (r.endsOn() != null && r.startsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            errors.add(new FieldError("endsOn", "End date must be the same as or after the start date"));
        }
        if ((r.endsOn() == null) != (r.deletionGround() == null)) {
            errors.add(new FieldError("deletionGround",
                    "A registration that ends needs its reg 9 deletion ground, and only then"));
        }
        if (errors.isEmpty()) {
            overlapping(r).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into registration (id, child_id, establishment_id, enrolment_status, starts_on, ends_on,
                    deletion_ground, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, r.childId(), r.establishmentId(), String.valueOf(r.enrolmentStatus().code()), r.startsOn(),
                        r.endsOn(), r.deletionGround() == null ? null : r.deletionGround().name())
                .update();
        connections.connect(id, r.childId(), r.establishmentId(), ConnectionSource.REGISTRATION, r.startsOn(),
                r.endsOn());
        audit.record(user, AuditAction.REGISTRATION_RECORDED, r.childId(), establishment.name(),
                List.of(new FieldChange("registration", null, r.enrolmentStatus().code() + " from " + r.startsOn()
                        + (r.endsOn() == null ? "" : " to " + r.endsOn() + " (" + r.deletionGround() + ")"))));
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcRegistrations::registration).single();
    }

    /** The child's open registration at the establishment, if any. */
    Optional<Registration> currentAt(UUID childId, UUID establishmentId) {
        return jdbc.sql(SELECT + " where r.child_id = ? and r.establishment_id = ? and r.ends_on is null")
                .params(childId, establishmentId).query(JdbcRegistrations::registration).optional();
    }

    /** The child's most recently ended registration at the establishment, if any. */
    Optional<Registration> lastEndedAt(UUID childId, UUID establishmentId) {
        return jdbc.sql(SELECT + " where r.child_id = ? and r.establishment_id = ? and r.ends_on is not null"
                + " order by r.ends_on desc limit 1").params(childId, establishmentId)
                .query(JdbcRegistrations::registration).optional();
    }

    /**
     * A new-pupil return's registration. Unlike {@link #record}, it may overlap a registration at
     * another school: the child has moved, and that school's deletion return is still to come.
     */
    Registration joiner(UUID childId, UUID establishmentId, EnrolmentStatus status, LocalDate startsOn, RejoinUser by) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into registration (id, child_id, establishment_id, enrolment_status, starts_on, version)
                values (?, ?, ?, ?, ?, 0)""")
                .params(id, childId, establishmentId, String.valueOf(status.code()), startsOn).update();
        connections.connect(id, childId, establishmentId, ConnectionSource.REGISTRATION, startsOn, null);
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcRegistrations::registration).single();
    }

    /** Ends a registration with its reg 9(1) ground; refused when someone changed it meanwhile. */
    void end(Registration registration, LocalDate endsOn, DeletionGround ground) {
        int updated = jdbc.sql("""
                update registration set ends_on = ?, deletion_ground = ?, version = version + 1
                where id = ? and version = ? and ends_on is null""")
                .params(endsOn, ground.name(), registration.id(), registration.version()).update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "This registration changed while the deletion was being recorded: send the return again");
        }
    }

    /** Registrations may overlap only as a dual registration: a main and a subsidiary at different schools. */
    private Optional<FieldError> overlapping(NewRegistration r) {
        LocalDate end = r.endsOn() == null ? LocalDate.MAX : r.endsOn();
        var others = jdbc.sql("""
                select r.*, '' as establishment_name, null::integer as urn from registration r where r.child_id = ?
                and r.starts_on <= ? and coalesce(r.ends_on, 'infinity'::date) >= ?""")
                .params(r.childId(), end, r.startsOn()).query(JdbcRegistrations::registration).list();
        for (var other : others) {
            boolean sameSchool = other.establishmentId().equals(r.establishmentId());
            boolean dualPair = r.enrolmentStatus() != EnrolmentStatus.SINGLE
                    && other.enrolmentStatus() != EnrolmentStatus.SINGLE
                    && other.enrolmentStatus() != r.enrolmentStatus();
            if (sameSchool || !dualPair || others.size() > 1) {
                return Optional.of(new FieldError("startsOn", sameSchool
                        ? "The child is already registered at this establishment for some of these dates"
                        : "The child is registered elsewhere for some of these dates: only a main and a subsidiary"
                                + " dual registration may overlap"));
            }
        }
        return Optional.empty();
    }

    @Override
    @RejoinItself
    public void loadAll(List<NewRegistration> registrations, RejoinUser by) {
        var rows = new ArrayList<Object[]>(registrations.size());
        var links = new ArrayList<ChildBulkLoad.Connection>(registrations.size());
        for (var r : registrations) {
            var id = UUID.randomUUID();
            rows.add(new Object[] {id, r.childId(), r.establishmentId(), r.enrolmentStatus().code(), r.startsOn(),
                    r.endsOn(), r.deletionGround() == null ? null : r.deletionGround().name(), 0});
            links.add(new ChildBulkLoad.Connection(id, r.childId(), r.establishmentId(), ConnectionSource.REGISTRATION,
                    r.startsOn(), r.endsOn()));
        }
        bulk.copy("registration", List.of("id", "child_id", "establishment_id", "enrolment_status", "starts_on",
                "ends_on", "deletion_ground", "version"), rows);
        childBulkLoad.connectAll(links);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<RollEntry> roll(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("Only " + "the establishment itself and LA staff see its roll");
        }
        LocalDate today = LocalDate.now(clock);
        var rows = jdbc.sql(SELECT + " where r.establishment_id = ? and r.starts_on <= ? and (r.ends_on is null or r.ends_on >= ?)")
                .params(establishmentId, today, today).query(JdbcRegistrations::registration).list();
        var byId = new HashMap<UUID, ChildSummary>();
        children.summaries(rows.stream().map(Registration::childId).distinct().toList(), user)
                .forEach(c -> byId.put(c.id(), c));
        return rows.stream().filter(r -> byId.containsKey(r.childId())).map(r -> {
            var c = byId.get(r.childId());
            return new RollEntry(r.childId(), c.displayName(), c.dateOfBirth(), c.upn(),
                    r.enrolmentStatus(), r.startsOn());
        }).sorted(Comparator.comparing(RollEntry::name)).toList();
    }

    /** The registrations current today at these establishments (for reconciling many rolls at once; no scope check). */
    List<Registration> currentAt(java.util.Collection<UUID> establishmentIds) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " where r.establishment_id = any(?) and r.starts_on <= ? and (r.ends_on is null or r.ends_on >= ?)")
                .params(establishmentIds.toArray(UUID[]::new), today, today).query(JdbcRegistrations::registration).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrolment> enrolments(java.util.Collection<UUID> establishmentIds, LocalDate from, LocalDate to) {
        return jdbc.sql(ENROLMENT + " where r.establishment_id = any(?) and r.starts_on <= ? and (r.ends_on is null or r.ends_on >= ?)")
                .params(establishmentIds.toArray(UUID[]::new), to, from).query(JdbcRegistrations::enrolment).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enrolment> enrolmentsOf(java.util.Collection<UUID> childIds, LocalDate from, LocalDate to) {
        var ids = childIds.toArray(UUID[]::new);
        return jdbc.sql(ENROLMENT + " where (r.child_id = any(?) or c.merged_into = any(?))"
                + " and r.starts_on <= ? and (r.ends_on is null or r.ends_on >= ?)")
                .params(ids, ids, to, from).query(JdbcRegistrations::enrolment).list();
    }

    /** An enrolment under the child it now belongs to, with the UPN of the record it was merged into, if any. */
    private static final String ENROLMENT = """
            select coalesce(c.merged_into, c.id) as child_id, coalesce(m.upn, c.upn) as upn, r.establishment_id,
                r.starts_on, r.ends_on
            from registration r join child c on c.id = r.child_id left join child m on m.id = c.merged_into""";

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> establishmentsWithPupils(LocalDate from, LocalDate to, java.util.Collection<UUID> onlyChildren) {
        return (onlyChildren == null
                ? jdbc.sql("select distinct establishment_id from registration where starts_on <= ? and (ends_on is null or ends_on >= ?)")
                        .params(to, from)
                : jdbc.sql("""
                        select distinct establishment_id from registration
                        where starts_on <= ? and (ends_on is null or ends_on >= ?) and child_id = any(?)""")
                        .params(to, from, onlyChildren.toArray(UUID[]::new)))
                .query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public int rollCount(UUID establishmentId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select count(distinct child_id) from registration
                where establishment_id = ? and starts_on <= ? and (ends_on is null or ends_on >= ?)""")
                .params(establishmentId, today, today).query(Integer.class).single();
    }

    static Registration registration(ResultSet rs, int row) throws SQLException {
        String ground = rs.getString("deletion_ground");
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getString("establishment_name"),
                rs.getObject("urn", Integer.class), EnrolmentStatus.ofCode(rs.getString("enrolment_status").charAt(0)),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                ground == null ? null : DeletionGround.valueOf(ground), rs.getLong("version"));
    }
}
