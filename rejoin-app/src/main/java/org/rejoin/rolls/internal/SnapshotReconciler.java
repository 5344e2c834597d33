package org.rejoin.rolls.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import java.util.concurrent.TimeUnit;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.LaSnapshot;
import org.rejoin.rolls.PupilMissingFromSnapshot;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.RollSnapshots;
import org.rejoin.rolls.Snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StopWatch;

/**
 * Reconciles rolls, as the schools' MIS hold them, against the rolls Rejoin holds (ADR 13): one
 * school's roll (CSV, or a Common Transfer File from the school itself), or every roll in the LA
 * from one file. Every row goes through the matching engine in one batch, as Rejoin (a school
 * cannot search the register). A pupil who vanished from a roll without a deletion return is
 * referred to the CME team (added to a referral already waiting, if there is one). A child Rejoin knows
 * who turns up on a roll Rejoin does not have them on is announced ({@link ChildJoinedRoll}), so an
 * officer with an open case hears of it. A snapshot creates no children and ends no registrations.
 */
@Service
@Transactional
@LaOrEstablishmentStaff
class SnapshotReconciler implements RollSnapshots {

    private static final Logger log = LoggerFactory.getLogger(SnapshotReconciler.class);

    private final RejoinActor actor;
    private final JdbcSnapshotRows rows;
    private final RegistrationService registrations;
    private final ChildMatcher matcher;
    private final ChildRegister children;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnapshotReconciler(JdbcSnapshotRows rows, RegistrationService registrations, ChildMatcher matcher,
            ChildRegister children, Organisations organisations, ApplicationEventPublisher events, Clock clock,
            RejoinActor actor) {
        this.actor = actor;
        this.rows = rows;
        this.registrations = registrations;
        this.matcher = matcher;
        this.children = children;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Snapshot reconcile(UUID establishmentId, InputStream file, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A roll snapshot is sent by the establishment itself, or LA staff");
        }
        var establishment = organisations.establishment(establishmentId)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishmentId));
        byte[] content = readAll(file);
        var read = CtfReader.isXml(content) ? fromCtf(content, establishment) : SnapshotCsv.of(content, establishmentId);
        return reconcile(Map.of(establishmentId, establishment.name()), read, user).snapshots().get(0);
    }

    /** A Common Transfer File of the whole roll, as a MIS exports one: checked whole, like an import. */
    private SnapshotCsv.Read fromCtf(byte[] content, Establishment establishment) {
        var ctf = CtfReader.read(new ByteArrayInputStream(content), LocalDate.now(clock));
        var source = ctf.header().source();
        if (!source.la().equals(establishment.laCode()) || !source.estab().equals(establishment.establishmentNumber())) {
            throw new InvalidInputException("file", "This Common Transfer File is from " + source.laestab()
                    + (source.name() == null ? "" : " " + source.name()) + ", not " + establishment.name() + " ("
                    + establishment.laestab() + ")");
        }
        return new SnapshotCsv.Read(ctf.pupils().stream()
                .map(p -> new RollComparison.Row(CtfDetails.details(p), establishment.id())).toList(), List.of());
    }

    @Override
    @LaStaff
    public LaSnapshot reconcileAll(InputStream csv, RejoinUser user) {
        var read = SnapshotCsv.byUrn(readAll(csv),
                urn -> organisations.establishmentByUrn(urn).map(Establishment::id));
        var scope = new LinkedHashMap<UUID, String>();
        var names = new HashMap<UUID, String>();
        organisations.all().forEach(o -> names.put(o.id(), o.name()));
        read.rows().forEach(r -> scope.putIfAbsent(r.establishmentId(), names.getOrDefault(r.establishmentId(), "")));
        // An establishment with no row at all was left out of the file, not emptied: its pupils are not missing.
        LocalDate today = LocalDate.now(clock);
        var left = registrations.establishmentsWithPupils(today, today, null).stream()
                .filter(id -> !scope.containsKey(id)).toList();
        var result = reconcile(scope, read, user);
        return new LaSnapshot(result.pupils(), result.matched(), result.newPupils(), result.missing(), result.changed(),
                result.referred(), result.snapshots(), left, result.rejects());
    }

    /**
     * Every row through the matching engine in one batch, as Rejoin (a school cannot search the
     * register); each roll compared ({@link RollComparison}); the missing referred and the joiners
     * announced; the snapshots written.
     */
    private LaSnapshot reconcile(Map<UUID, String> scope, SnapshotCsv.Read read, RejoinUser user) {
        var watch = new StopWatch();
        watch.start("matching");
        var fileRows = read.rows();
        var matches = actor.act(rejoin -> matcher.matchAll(fileRows.stream().map(RollComparison.Row::child).toList(),
                rejoin));
        var onRoll = new HashMap<UUID, Map<UUID, Registration>>();
        scope.keySet().forEach(id -> onRoll.put(id, new HashMap<>()));
        registrations.currentAt(scope.keySet()).forEach(r -> onRoll.get(r.establishmentId()).put(r.childId(), r));
        var comparison = new RollComparison(scope.keySet(), onRoll);
        var resolved = comparison.resolve(fileRows, matches);
        watch.stop();
        watch.start("rolls and register");
        Map<UUID, ChildSummary> register = new HashMap<>();
        actor.act(rejoin -> children.summaries(comparison.children(resolved), rejoin))
                .forEach(c -> register.put(c.id(), c));
        watch.stop();
        watch.start("reconciling");
        comparison.compare(fileRows, resolved, matches, register);
        watch.stop();
        watch.start("referrals");
        int referred = tell(comparison, scope, register.keySet(), user);
        watch.stop();
        watch.start("writing");
        var snapshots = snapshots(comparison, scope, read.rejects(), user);
        rows.insert(snapshots);
        snapshots.sort(Comparator.comparingInt((Snapshot s) -> s.items().size()).reversed());
        watch.stop();
        if (scope.size() > 1) {
            log.info("Reconciled {} rolls from {} rows: {}", scope.size(), fileRows.size(), watch.prettyPrint(TimeUnit.SECONDS));
        }
        return new LaSnapshot(fileRows.size(), comparison.matched(), count(snapshots, "NEW"), count(snapshots, "MISSING"),
                count(snapshots, "CHANGED"), referred, snapshots, List.of(), read.rejects());
    }

    /**
     * A pupil who vanished from a roll without a deletion return is unaccounted for; a child Rejoin
     * knows who turns up on a roll Rejoin does not have them on has joined it. Returns how many were
     * referred.
     */
    private int tell(RollComparison comparison, Map<UUID, String> scope, Set<UUID> inRegister, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        int referred = 0;
        for (var m : comparison.missing().entrySet()) {
            if (inRegister.contains(m.getKey())) {
                events.publishEvent(new PupilMissingFromSnapshot(m.getKey(), scope.get(m.getValue()), today, user));
                referred++;
            }
        }
        for (var j : comparison.joined()) {
            events.publishEvent(new ChildJoinedRoll(j.childId(), j.establishmentId(), scope.get(j.establishmentId()), today,
                    user));
        }
        return referred;
    }

    private List<Snapshot> snapshots(RollComparison comparison, Map<UUID, String> scope, List<RowReject> rejects,
            RejoinUser user) {
        Instant now = clock.instant();
        var snapshots = new ArrayList<Snapshot>();
        for (var e : scope.keySet()) {
            if (comparison.hasSnapshot(e)) {
                snapshots.add(new Snapshot(UUID.randomUUID(), e, now, user.username(), comparison.pupils(e),
                        comparison.matched(e), comparison.items(e), scope.size() == 1 ? rejects : List.of()));
            }
        }
        return snapshots;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Snapshot> last(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A roll's snapshots are for the establishment itself, and LA staff");
        }
        return rows.last(establishmentId);
    }

    private static long count(Collection<Snapshot> snapshots, String kind) {
        return snapshots.stream().mapToLong(s -> s.count(kind)).sum();
    }

    private static byte[] readAll(InputStream file) {
        try {
            return file.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
