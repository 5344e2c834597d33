package org.rejoin.rolls.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.BulkCopy;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.LaSnapshot;
import org.rejoin.rolls.PupilMissingFromSnapshot;
import org.rejoin.rolls.RollSnapshots;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.Snapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final JdbcRegistrations registrations;
    private final ChildMatcher matcher;
    private final ChildRegister children;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final BulkCopy bulk;
    private final Clock clock;

    SnapshotReconciler(JdbcClient jdbc, JdbcRegistrations registrations, ChildMatcher matcher, ChildRegister children,
            Organisations organisations, ApplicationEventPublisher events, BulkCopy bulk, Clock clock,
            RejoinActor actor) {
        this.actor = actor;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.matcher = matcher;
        this.children = children;
        this.organisations = organisations;
        this.events = events;
        this.bulk = bulk;
        this.clock = clock;
    }

    /** A row of a snapshot: who, and on which establishment's roll. */
    private record Row(ChildDetails child, UUID establishmentId) {
    }

    /**
     * One establishment's roll.
     *
     * @param file the roll as CSV (a header row naming at least forename, surname, date_of_birth) or as a
     *        Common Transfer File from the establishment itself
     */
    @Override
    public Snapshot reconcile(UUID establishmentId, InputStream file, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A roll snapshot is sent by the establishment itself, or LA staff");
        }
        var establishment = organisations.establishment(establishmentId)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishmentId));
        byte[] content = readAll(file);
        var rows = new ArrayList<Row>();
        var rejects = new ArrayList<RowReject>();
        if (CtfReader.isXml(content)) {
            // A Common Transfer File of the whole roll, as a MIS exports one: checked whole, like an import.
            var ctf = CtfReader.read(new ByteArrayInputStream(content), LocalDate.now(clock));
            var source = ctf.header().source();
            if (!source.la().equals(establishment.laCode()) || !source.estab().equals(establishment.establishmentNumber())) {
                throw new InvalidInputException("file", "This Common Transfer File is from " + source.laestab()
                        + (source.name() == null ? "" : " " + source.name()) + ", not " + establishment.name() + " ("
                        + establishment.laestab() + ")");
            }
            ctf.pupils().forEach(p -> rows.add(new Row(CtfDetails.details(p), establishmentId)));
        }
        else {
            readCsv(content, false, rows, rejects, establishmentId);
        }
        return reconcile(Map.of(establishmentId, establishment.name()), rows, rejects, user).snapshots().get(0);
    }

    /**
     * Every roll in the LA from one CSV, as the new-pupil columns with {@code establishment_urn}: LA
     * staff. Each establishment in the file gets its own snapshot; one with pupils in Rejoin but no
     * row in the file is listed as left out, and nothing is said about its pupils.
     */
    @Override
    @LaStaff
    public LaSnapshot reconcileAll(InputStream csv, RejoinUser user) {
        var rows = new ArrayList<Row>();
        var rejects = new ArrayList<RowReject>();
        readCsv(readAll(csv), true, rows, rejects, null);
        var scope = new LinkedHashMap<UUID, String>();
        var names = new HashMap<UUID, String>();
        organisations.all().forEach(o -> names.put(o.id(), o.name()));
        rows.forEach(r -> scope.putIfAbsent(r.establishmentId(), names.getOrDefault(r.establishmentId(), "")));
        // An establishment with no row at all was left out of the file, not emptied: its pupils are not missing.
        var left = registrations.establishmentsWithPupils(LocalDate.now(clock), LocalDate.now(clock), null).stream().filter(id -> !scope.containsKey(id)).toList();
        var result = reconcile(scope, rows, rejects, user);
        return new LaSnapshot(result.pupils(), result.matched(), result.newPupils(), result.missing(), result.changed(),
                result.referred(), result.snapshots(), left, result.rejects());
    }

    private LaSnapshot reconcile(Map<UUID, String> scope, List<Row> rows, List<RowReject> rejects, RejoinUser user) {
        var watch = new StopWatch();
        watch.start("matching");
        var matches = actor.act(rejoin -> matcher.matchAll(rows.stream().map(Row::child).toList(), rejoin));
        // Each establishment's roll in Rejoin: child to registration.
        var onRoll = new HashMap<UUID, Map<UUID, Registration>>();
        scope.keySet().forEach(id -> onRoll.put(id, new HashMap<>()));
        registrations.currentAt(scope.keySet()).forEach(r -> onRoll.get(r.establishmentId()).put(r.childId(), r));
        // A possible match who is on this very roll, and claimed by no other row, is that pupil: on the school's
        // own roll a same-named child born the same day is near certain, where LA-wide it is not.
        var claimed = new HashMap<UUID, Set<UUID>>();
        scope.keySet().forEach(id -> claimed.put(id, new HashSet<>()));
        for (int i = 0; i < rows.size(); i++) {
            UUID child = matches.get(i).child();
            if (child != null && onRoll.get(rows.get(i).establishmentId()).containsKey(child)) {
                claimed.get(rows.get(i).establishmentId()).add(child);
            }
        }
        var resolved = new ArrayList<UUID>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            UUID establishment = rows.get(i).establishmentId();
            UUID child = matches.get(i).child();
            if (child == null || !onRoll.get(establishment).containsKey(child)) {
                var onThisRoll = matches.get(i).possible().stream()
                        .filter(c -> onRoll.get(establishment).containsKey(c) && !claimed.get(establishment).contains(c))
                        .toList();
                if (onThisRoll.size() == 1) {
                    child = onThisRoll.get(0);
                    claimed.get(establishment).add(child);
                }
            }
            resolved.add(child);
        }
        watch.stop();
        watch.start("rolls and register");
        var known = new HashSet<UUID>();
        resolved.stream().filter(Objects::nonNull).forEach(known::add);
        onRoll.values().forEach(m -> known.addAll(m.keySet()));
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        actor.act(rejoin -> children.summaries(known, rejoin)).forEach(c -> summaries.put(c.id(), c));

        watch.stop();
        watch.start("reconciling");
        var items = new HashMap<UUID, List<Snapshot.Item>>();
        var pupils = new HashMap<UUID, Integer>();
        var matched = new HashMap<UUID, Integer>();
        var seen = new HashMap<UUID, Set<UUID>>();
        scope.keySet().forEach(id -> {
            items.put(id, new ArrayList<>());
            seen.put(id, new HashSet<>());
        });
        LocalDate today = LocalDate.now(clock);
        var joined = new ArrayList<ChildJoinedRoll>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i).child();
            UUID establishment = rows.get(i).establishmentId();
            UUID child = resolved.get(i);
            pupils.merge(establishment, 1, Integer::sum);
            String name = row.legalForename() + " " + row.legalSurname();
            if (child != null && onRoll.get(establishment).containsKey(child)) {
                matched.merge(establishment, 1, Integer::sum);
                seen.get(establishment).add(child);
                String changes = changes(row, summaries.get(child));
                if (!changes.isEmpty()) {
                    items.get(establishment).add(new Snapshot.Item("CHANGED", child, name, changes));
                }
            }
            else {
                items.get(establishment).add(new Snapshot.Item("NEW", child, name, child != null
                        ? "In the register but not on this roll in Rejoin: send a new-pupil return"
                        : matches.get(i).possible().isEmpty() ? "Not in the register: send a new-pupil return"
                        : "May be a child in the register: send a new-pupil return, and LA staff will check"));
                if (child != null) {
                    joined.add(new ChildJoinedRoll(child, establishment, scope.get(establishment), today, user));
                }
            }
        }
        // Missing: on a roll in Rejoin, absent from that roll in the file, with no deletion return.
        var missing = new LinkedHashMap<UUID, UUID>();
        for (var e : scope.keySet()) {
            for (var child : onRoll.get(e).keySet()) {
                if (!seen.get(e).contains(child)) {
                    var held = summaries.get(child);
                    items.get(e).add(new Snapshot.Item("MISSING", child, held == null ? "" : held.displayName(),
                            "On the roll in Rejoin but not in this snapshot, with no deletion return"));
                    missing.putIfAbsent(child, e);
                }
            }
        }
        watch.stop();
        watch.start("referrals");
        int referred = 0;
        for (var m : missing.entrySet()) {
            if (summaries.containsKey(m.getKey())) {
                events.publishEvent(new PupilMissingFromSnapshot(m.getKey(), scope.get(m.getValue()), today, user));
                referred++;
            }
        }
        joined.forEach(events::publishEvent);

        watch.stop();
        watch.start("writing");
        Instant now = clock.instant();
        var snapshots = new ArrayList<Snapshot>();
        var snapshotRows = new ArrayList<Object[]>();
        var itemRows = new ArrayList<Object[]>();
        for (var e : scope.keySet()) {
            if (pupils.getOrDefault(e, 0) == 0 && onRoll.get(e).isEmpty()) {
                continue;
            }
            UUID id = UUID.randomUUID();
            var list = items.get(e);
            snapshots.add(new Snapshot(id, e, now, user.username(), pupils.getOrDefault(e, 0), matched.getOrDefault(e, 0),
                    list, scope.size() == 1 ? rejects : List.of()));
            snapshotRows.add(new Object[] {id, e, now, user.username(), pupils.getOrDefault(e, 0),
                    matched.getOrDefault(e, 0)});
            for (int i = 0; i < list.size(); i++) {
                var item = list.get(i);
                itemRows.add(new Object[] {id, i, item.kind(), item.childId(), item.name(), item.detail()});
            }
        }
        bulk.copy("roll_snapshot", List.of("id", "establishment_id", "uploaded_at", "uploaded_by", "pupils", "matched"),
                snapshotRows);
        bulk.copy("roll_snapshot_item", List.of("snapshot_id", "position", "kind", "child_id", "name", "detail"), itemRows);
        snapshots.sort(Comparator.comparingInt((Snapshot s) -> s.items().size()).reversed());
        watch.stop();
        if (scope.size() > 1) {
            log.info("Reconciled {} rolls from {} rows: {}", scope.size(), rows.size(), watch.prettyPrint(TimeUnit.SECONDS));
        }
        return new LaSnapshot(rows.size(), matched.values().stream().mapToInt(Integer::intValue).sum(),
                count(snapshots, "NEW"), count(snapshots, "MISSING"), count(snapshots, "CHANGED"), referred, snapshots,
                List.of(), rejects);
    }

    /** The establishment's last snapshot, with what it found: its own users and LA staff. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Snapshot> last(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A roll's snapshots are for the establishment itself, and LA staff");
        }
        return jdbc.sql("select * from roll_snapshot where establishment_id = ? order by uploaded_at desc limit 1")
                .param(establishmentId)
                .query((rs, n) -> new Snapshot(rs.getObject("id", UUID.class), establishmentId,
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"), rs.getInt("pupils"),
                        rs.getInt("matched"), jdbc.sql("""
                                select kind, child_id, name, detail from roll_snapshot_item where snapshot_id = ?
                                order by position""").param(rs.getObject("id", UUID.class))
                                .query((i, m) -> new Snapshot.Item(i.getString(1), i.getObject(2, UUID.class), i.getString(3),
                                        i.getString(4))).list(), List.of()))
                .optional();
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

    /** The rows of a CSV snapshot; with {@code byUrn}, each row names its establishment in {@code establishment_urn}. */
    private void readCsv(byte[] content, boolean byUrn, List<Row> rows, List<RowReject> rejects, UUID establishmentId) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        var establishments = new HashMap<String, UUID>();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            var needed = new ArrayList<>(List.of("forename", "surname", "date_of_birth"));
            if (byUrn) {
                needed.add("establishment_urn");
            }
            var missing = needed.stream().filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing));
            }
            for (var row : parser) {
                try {
                    var child = CsvReturns.child(row);
                    if (child.legalForename() == null || child.legalSurname() == null || child.dateOfBirth() == null) {
                        throw new InvalidInputException("row", "each pupil needs a forename, surname and date of birth");
                    }
                    UUID establishment = establishmentId;
                    if (byUrn) {
                        String urn = row.get("establishment_urn");
                        establishment = establishments.computeIfAbsent(urn, u -> urnOf(u));
                        if (establishment == null) {
                            throw new InvalidInputException("establishment_urn", "no establishment has URN " + urn);
                        }
                    }
                    rows.add(new Row(child, establishment));
                }
                catch (InvalidInputException e) {
                    rejects.add(new RowReject(row.getRecordNumber() + 1, e.getMessage()));
                }
            }
        }
        catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new InvalidInputException("file", "The file is not a CSV Rejoin can read: " + e.getMessage());
        }
    }

    private UUID urnOf(String urn) {
        if (urn == null || !urn.matches("[0-9]{6}")) {
            return null;
        }
        return organisations.establishmentByUrn(Integer.parseInt(urn)).map(Establishment::id).orElse(null);
    }

    /** What the snapshot says differently from the register: date of birth, UPN, surname. */
    private static String changes(ChildDetails row, ChildSummary held) {
        if (held == null) {
            return "";
        }
        var changes = new ArrayList<String>();
        if (!Objects.equals(row.dateOfBirth(), held.dateOfBirth())) {
            changes.add("date of birth " + held.dateOfBirth() + " in Rejoin, " + row.dateOfBirth() + " in the snapshot");
        }
        if (row.upn() != null && !row.upn().equalsIgnoreCase(Objects.toString(held.upn(), ""))) {
            changes.add("UPN " + held.upn() + " in Rejoin, " + row.upn() + " in the snapshot");
        }
        if (!row.legalSurname().equalsIgnoreCase(held.legalSurname())) {
            changes.add("surname " + held.legalSurname() + " in Rejoin, " + row.legalSurname() + " in the snapshot");
        }
        return String.join("; ", changes);
    }
}
