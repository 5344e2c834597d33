package org.rejoin.rolls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildConnections;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ConnectionSource;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.ChildLeftRollWithoutDestination;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.CrossLaNotices;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.Movements;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.RollFigures;
import org.rejoin.rolls.RollReturn;
import org.rejoin.rolls.RollReturns;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@LaOrEstablishmentStaff
class JdbcRollReturns implements RollReturns {

    /** RULES.md 3: a new-pupil return is due within 5 school days of entering the name. */
    static final int JOINER_RETURN_DAYS = 5;
    /** Issue 5: a destination school in the LA should register the child within 5 school days. */
    static final int DESTINATION_CHECK_DAYS = 5;
    static final String DESTINATION_CHECK = "ROLLS_DESTINATION_CHECK";
    static final String HOME_EDUCATION_NOTICE = "ROLLS_HOME_EDUCATION_NOTICE";
    static final String SUBJECT = "ROLL_RETURN";

    private static final String SELECT = """
            select r.*, o.name as establishment_name, d.name as destination_name
            from roll_return r join organisation o on o.id = r.establishment_id
            left join organisation d on d.id = r.destination_establishment""";

    private final RejoinActor actor;
    private final JdbcClient jdbc;
    private final JdbcRegistrations registrations;
    private final ChildRegister children;
    private final ChildConnections connections;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final Tasks tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransitionCheck transitions;
    private final List<CrossLaNotices> notices;
    private final CommonTransferFiles ctfs;
    private final Clock clock;

    JdbcRollReturns(JdbcClient jdbc, JdbcRegistrations registrations, ChildRegister children,
            ChildConnections connections, Organisations organisations, SchoolCalendar calendar, Tasks tasks,
            AuditLog audit, ApplicationEventPublisher events, TransitionCheck transitions,
            List<CrossLaNotices> notices, CommonTransferFiles ctfs, Clock clock, RejoinActor actor) {
        this.actor = actor;
        this.ctfs = ctfs;
        this.transitions = transitions;
        this.notices = notices;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.children = children;
        this.connections = connections;
        this.organisations = organisations;
        this.calendar = calendar;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RollReturn joiner(NewJoiner j, RejoinUser user) {
        UUID establishmentId = establishmentOf(j.establishmentId(), user);
        var establishment = organisations.establishment(establishmentId)
                .orElseThrow(() -> new InvalidInputException("establishmentId", "Select the establishment"));
        LocalDate today = LocalDate.now(clock);
        var errors = new ArrayList<FieldError>();
        if (j.child() == null) {
            errors.add(new FieldError("child", "Give the child's details"));
        }
        if (j.enrolmentStatus() == null) {
            errors.add(new FieldError("enrolmentStatus", "Select the enrolment status: C single, M main dual or S subsidiary dual"));
        }
        if (j.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the date the child's name was entered on the admission register"));
        }
        else if (j.startsOn().isAfter(today)) {
            errors.add(new FieldError("startsOn", "A new-pupil return is for a name already entered: the date must be today or in the past"));
        }
        var rejoin = actor.user();
        if (j.child() != null) {
            SystemAuthentication.run(rejoin, () -> children.problems(j.child())).forEach(e ->
                    errors.add(new FieldError("child." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Every joiner goes through the matching engine as Rejoin: an automatic match is this child;
        // otherwise the child is added and any possible match queued for LA staff to decide.
        UUID childId = SystemAuthentication.run(rejoin, () -> children.possibleDuplicates(j.child(), rejoin).stream()
                .filter(PossibleDuplicate::isMatch).findFirst().map(match -> match.child().id())
                .orElseGet(() -> children.create(j.child(), true, rejoin).id()));
        if (registrations.currentAt(childId, establishmentId).isPresent()) {
            throw new InvalidInputException("child", "This child is already on " + establishment.name() + "'s roll");
        }
        var registration = SystemAuthentication.run(rejoin, () -> registrations.joiner(childId, establishmentId,
                j.enrolmentStatus(), j.startsOn(), rejoin));
        boolean late = isLate(establishmentId, j.startsOn(), today);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into roll_return (id, kind, registration_id, child_id, establishment_id, effective_on, reported_on,
                    late, reported_at, reported_by)
                values (?, 'JOINER', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, registration.id(), childId, establishmentId, j.startsOn(), today, late,
                        Timestamp.from(clock.instant()), user.username())
                .update();
        audit.record(user, AuditAction.JOINER_RETURNED, childId, establishment.name() + " from " + j.startsOn()
                + (late ? " (late)" : ""), List.of(new FieldChange("roll", null, establishment.name())));
        // A leaver expected here has arrived: the follow-up on their deletion return is done.
        for (UUID deletion : jdbc.sql("""
                select id from roll_return where kind = 'DELETION' and child_id = ? and destination_establishment = ?""")
                .params(childId, establishmentId).query(UUID.class).list()) {
            tasks.closeFor(deletion, List.of(DESTINATION_CHECK), "Registered at " + establishment.name() + " from "
                    + j.startsOn(), user);
        }
        events.publishEvent(new ChildJoinedRoll(childId, establishmentId, establishment.name(), j.startsOn(), user));
        return find(id);
    }

    /** RULES.md 3: reported more than 5 of the establishment's school days after the name was entered. */
    private boolean isLate(UUID establishmentId, LocalDate startsOn, LocalDate reportedOn) {
        try {
            return reportedOn.isAfter(calendar.forEstablishment(establishmentId).add(startsOn, JOINER_RETURN_DAYS));
        }
        catch (CalendarNotDefinedException e) {
            return false;
        }
    }

    @Override
    public RollReturn deletion(NewDeletion d, RejoinUser user) {
        UUID establishmentId = establishmentOf(d.establishmentId(), user);
        var establishment = organisations.establishment(establishmentId)
                .orElseThrow(() -> new InvalidInputException("establishmentId", "Select the establishment"));
        if (d.childId() == null) {
            throw new InvalidInputException("childId", "Select the pupil");
        }
        var registration = registrations.currentAt(d.childId(), establishmentId).orElse(null);
        if (registration == null) {
            var ended = registrations.lastEndedAt(d.childId(), establishmentId);
            throw new InvalidInputException("childId", ended.isPresent()
                    ? "This pupil's name was already deleted from " + establishment.name() + "'s roll on "
                            + ended.get().endsOn() + ": a deletion is reported once"
                    : "This child is not on " + establishment.name() + "'s roll");
        }
        var errors = problems(d, registration, establishmentId);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        registrations.end(registration, d.leftOn(), d.ground());
        connections.connect(registration.id(), d.childId(), establishmentId, ConnectionSource.REGISTRATION,
                registration.startsOn(), d.leftOn());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into roll_return (id, kind, registration_id, child_id, establishment_id, effective_on, reported_on,
                    late, deletion_ground, destination, destination_establishment, destination_detail, joint_enquiries,
                    joint_enquiries_on, parent_notice_on, exclusion_review, reported_at, reported_by)
                values (?, 'DELETION', ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, registration.id(), d.childId(), establishmentId, d.leftOn(), today, d.ground().name(),
                        d.destination().name(), d.destinationEstablishment(), trim(d.destinationDetail()),
                        trim(d.jointEnquiries()), d.jointEnquiriesOn(), d.parentNoticeOn(),
                        d.exclusionReview() == null ? null : d.exclusionReview().name(), Timestamp.from(clock.instant()),
                        user.username())
                .update();
        audit.record(user, AuditAction.DELETION_RETURNED, d.childId(), establishment.name() + " on " + d.leftOn()
                + " under reg 9(1)(" + d.ground().paragraph() + ")", List.of(new FieldChange("roll", establishment.name(),
                        null)));
        consequences(id, d, establishment.name(), user);
        return find(id);
    }

    private List<FieldError> problems(NewDeletion d, Registration registration, UUID establishmentId) {
        var errors = new ArrayList<FieldError>();
        LocalDate today = LocalDate.now(clock);
        if (d.leftOn() == null) {
            errors.add(new FieldError("leftOn", "Enter the date the name was deleted"));
        }
        else if (d.leftOn().isAfter(today)) {
            errors.add(new FieldError("leftOn", "A deletion return is for a name already deleted: the date must be today or in the past"));
        }
        else if (d.leftOn().isBefore(registration.startsOn())) {
            errors.add(new FieldError("leftOn", "The deletion date must not be before the child joined, " + registration.startsOn()));
        }
        if (d.ground() == null) {
            errors.add(new FieldError("ground", "Select the ground for deletion from regulation 9(1)"));
        }
        if (d.destination() == null) {
            errors.add(new FieldError("destination", "Select where the child went, or 'Not known'"));
        }
        else if (d.destination() == Destination.SCHOOL_IN_LA) {
            if (d.destinationEstablishment() == null || organisations.establishment(d.destinationEstablishment()).isEmpty()) {
                errors.add(new FieldError("destinationEstablishment", "Select the school the child went to"));
            }
            else if (d.destinationEstablishment().equals(establishmentId)) {
                errors.add(new FieldError("destinationEstablishment", "The destination must be another school"));
            }
        }
        else if (d.destination() == Destination.OTHER_LA && trim(d.destinationDetail()) == null) {
            errors.add(new FieldError("destinationDetail", "Name the local authority the child moved to"));
        }
        if (d.ground() == null) {
            return errors;
        }
        switch (d.ground()) {
            case REGISTERED_AT_ANOTHER_SCHOOL -> {
                if (d.destination() != null && d.destination() != Destination.SCHOOL_IN_LA
                        && d.destination() != Destination.OTHER_LA) {
                    errors.add(new FieldError("destination", "Ground (a) is for a child registered at another school:"
                            + " name the school, or the local authority it is in"));
                }
            }
            case CONTINUOUS_ABSENCE_20_DAYS -> {
                // Reg 9(1)(i): only after the school and the LA have both made reasonable enquiries.
                if (trim(d.jointEnquiries()) == null || d.jointEnquiriesOn() == null) {
                    errors.add(new FieldError("jointEnquiries", "Ground (i) needs the enquiries the school and the"
                            + " local authority made together to find the child, and when: record them first"));
                }
                else if (d.jointEnquiriesOn().isAfter(today)) {
                    errors.add(new FieldError("jointEnquiriesOn", "The date of the joint enquiries must be today or in the past"));
                }
            }
            case HOME_EDUCATION -> {
                // Reg 9(1)(f): the parent's written notice that the child is educated otherwise than at school.
                if (d.parentNoticeOn() == null) {
                    errors.add(new FieldError("parentNoticeOn", "Ground (f) needs the date of the parent's written notice"));
                }
                else if (d.parentNoticeOn().isAfter(today)) {
                    errors.add(new FieldError("parentNoticeOn", "The date of the parent's notice must be today or in the past"));
                }
                if (d.destination() != null && d.destination() != Destination.HOME_EDUCATION) {
                    errors.add(new FieldError("destination", "Ground (f) is for a child educated at home: the destination is home education"));
                }
            }
            case PERMANENT_EXCLUSION -> {
                // Reg 9(1)(o): not while a review or an appeal can still change the decision.
                if (d.exclusionReview() == null) {
                    errors.add(new FieldError("exclusionReview", "Ground (o) needs where the governors' review or appeal stands"));
                }
                else if (d.exclusionReview() == ExclusionReview.PENDING) {
                    errors.add(new FieldError("exclusionReview", "A permanently excluded pupil's name stays on the roll"
                            + " until the review or appeal is finished or declined"));
                }
            }
            default -> { }
        }
        return errors;
    }

    /**
     * What a deletion sets going (issue 5): a leaver with no known destination, or deleted under (h)
     * or (i), is referred to the CME team; a move to a school in the LA is checked in 5 school days;
     * a move to another LA notifies its CME contact; home education notifies the LA.
     */
    private void consequences(UUID returnId, NewDeletion d, String establishmentName, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        boolean refer = d.destination() == Destination.UNKNOWN || d.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE
                || d.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS;
        if (refer) {
            events.publishEvent(new ChildLeftRollWithoutDestination(d.childId(), establishmentName, d.leftOn(),
                    d.ground(), d.destination(), today, user));
        }
        switch (d.destination()) {
            case SCHOOL_IN_LA -> {
                var school = organisations.establishment(d.destinationEstablishment()).orElseThrow();
                LocalDate due;
                try {
                    due = calendar.forLocalAuthority().add(d.leftOn(), DESTINATION_CHECK_DAYS);
                }
                catch (CalendarNotDefinedException e) {
                    due = today;
                }
                tasks.open(new NewTask(DESTINATION_CHECK, "Check the child is registered at " + school.name() + " (left "
                        + establishmentName + " on " + d.leftOn() + ")", "Issue 5: the destination school registers"
                        + " the child within " + DESTINATION_CHECK_DAYS + " school days", d.childId(), SUBJECT, returnId,
                        due, false, null), user);
            }
            case OTHER_LA -> jdbc.sql("""
                    insert into cross_la_notification (id, roll_return_id, child_id, direction, other_la, notified_on,
                        recorded_at, recorded_by)
                    values (?, ?, ?, 'SENT', ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), returnId, d.childId(), d.destinationDetail().trim(), today,
                            Timestamp.from(clock.instant()), user.username())
                    .update();
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
        establishmentOf(establishmentId, user);
        return named(jdbc.sql(SELECT + " where r.establishment_id = ? order by r.reported_at desc limit 500")
                .param(establishmentId).query(JdbcRollReturns::rollReturn).list());
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public Movements movements(RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        var unknown = named(jdbc.sql(SELECT + " where r.kind = 'DELETION' and r.destination = 'UNKNOWN' order by r.effective_on")
                .query(JdbcRollReturns::rollReturn).list());
        var awaiting = named(jdbc.sql(SELECT + """
                 where r.kind = 'DELETION' and r.destination = 'SCHOOL_IN_LA' and not exists (
                    select 1 from registration g where g.child_id = r.child_id
                    and g.establishment_id = r.destination_establishment and g.starts_on >= r.effective_on - 30)
                order by r.effective_on""").query(JdbcRollReturns::rollReturn).list());
        var crossLa = new ArrayList<Movements.CrossLa>();
        var rows = jdbc.sql("select * from cross_la_notification order by notified_on desc limit 200")
                .query((rs, n) -> new Object[] {rs.getObject("child_id", UUID.class), rs.getString("direction"),
                        rs.getString("other_la"), rs.getObject("notified_on", LocalDate.class)}).list();
        var names = new HashMap<UUID, String>();
        var rejoin = actor.user();
        SystemAuthentication.run(rejoin, () -> children.summaries(rows.stream().map(r -> (UUID) r[0]).distinct().toList(),
                rejoin)).forEach(c -> names.put(c.id(), c.displayName()));
        rows.forEach(r -> crossLa.add(new Movements.CrossLa((UUID) r[0], names.getOrDefault((UUID) r[0], ""),
                (String) r[1], (String) r[2], (LocalDate) r[3], null)));
        notices.forEach(n -> crossLa.addAll(n.received(user)));
        crossLa.sort(Comparator.comparing(Movements.CrossLa::notifiedOn).reversed());
        long late = jdbc.sql("select count(*) from roll_return where kind = 'JOINER' and late and reported_on >= ?")
                .param(AcademicYear.of(today).firstDay()).query(Long.class).single();
        return new Movements(leavers(unknown, today), leavers(awaiting, today), crossLa, late,
                transitions.unplaced(today), ctfs.awaiting(null, user).stream().filter(CtfExport.Due::overdue).toList());
    }

    /** Leavers, with the school days since leaving and whether a roll has them again (one query for all). */
    private List<Movements.Leaver> leavers(List<RollReturn> returns, LocalDate today) {
        Map<UUID, List<Object[]>> joinedSince = new HashMap<>();
        jdbc.sql("select id, child_id, starts_on from registration where child_id = any(?)")
                .param(returns.stream().map(RollReturn::childId).distinct().toArray(UUID[]::new))
                .query((rs, n) -> joinedSince.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                        .add(new Object[] {rs.getObject("id", UUID.class), rs.getObject("starts_on", LocalDate.class)}))
                .list();
        return returns.stream().map(r -> {
            Integer days;
            try {
                days = calendar.forLocalAuthority().countBetween(r.effectiveOn(), today);
            }
            catch (CalendarNotDefinedException e) {
                days = null;
            }
            boolean reconciled = joinedSince.getOrDefault(r.childId(), List.of()).stream()
                    .anyMatch(g -> !g[0].equals(r.registrationId()) && !((LocalDate) g[1]).isBefore(r.effectiveOn()));
            return new Movements.Leaver(r.childId(), r.childName(), r.establishmentName(), r.effectiveOn(), r.ground(),
                    r.destinationName(), days, reconciled);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RollFigures figures(UUID establishmentId, RejoinUser user) {
        establishmentOf(establishmentId, user);
        LocalDate today = LocalDate.now(clock);
        LocalDate termStart = calendar.termStart(today).orElse(null);
        // Counted in the database: the returns themselves (and their children's names) are not needed here.
        var counts = jdbc.sql("""
                select count(*) filter (where kind = 'JOINER' and effective_on >= ?),
                    count(*) filter (where kind = 'DELETION' and effective_on >= ?), count(*) filter (where late)
                from roll_return where establishment_id = ?""")
                .params(termStart, termStart, establishmentId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        var snapshot = jdbc.sql("""
                select s.uploaded_at, (select count(*) from roll_snapshot_item i where i.snapshot_id = s.id and i.kind = 'MISSING')
                from roll_snapshot s where s.establishment_id = ? order by s.uploaded_at desc limit 1""")
                .param(establishmentId)
                .query((rs, n) -> new Object[] {LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), clock.getZone()),
                        rs.getLong(2)})
                .optional();
        return new RollFigures(registrations.rollCount(establishmentId), termStart, counts[0], counts[1],
                counts[2], snapshot.map(x -> (LocalDate) x[0]).orElse(null), snapshot.map(x -> (Long) x[1]).orElse(0L),
                ctfs.awaiting(establishmentId, user));
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

    private RollReturn find(UUID id) {
        return named(List.of(jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcRollReturns::rollReturn).optional()
                .orElseThrow(() -> new NotFoundException("No return " + id)))).get(0);
    }

    /** The returns with their children's names, from the register (the children are the establishment's pupils). */
    private List<RollReturn> named(List<RollReturn> rows) {
        var rejoin = actor.user();
        var names = new HashMap<UUID, String>();
        SystemAuthentication.run(rejoin, () -> children.summaries(rows.stream().map(RollReturn::childId).distinct()
                .toList(), rejoin)).forEach(c -> names.put(c.id(), c.displayName()));
        return rows.stream().map(r -> new RollReturn(r.id(), r.kind(), r.registrationId(), r.childId(),
                names.getOrDefault(r.childId(), ""), r.establishmentId(), r.establishmentName(), r.effectiveOn(),
                r.reportedOn(), r.late(), r.ground(), r.destination(), r.destinationName(), r.reportedAt(),
                r.reportedBy())).toList();
    }

    private static RollReturn rollReturn(ResultSet rs, int row) throws SQLException {
        String ground = rs.getString("deletion_ground");
        String destination = rs.getString("destination");
        return new RollReturn(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("registration_id", UUID.class),
                rs.getObject("child_id", UUID.class), null, rs.getObject("establishment_id", UUID.class),
                rs.getString("establishment_name"), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("reported_on", LocalDate.class), rs.getBoolean("late"),
                ground == null ? null : DeletionGround.valueOf(ground),
                destination == null ? null : Destination.valueOf(destination),
                rs.getString("destination_name") != null ? rs.getString("destination_name") : rs.getString("destination_detail"),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
