package org.rejoin.rolls.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.NotFoundException;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.RaiseReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.Referrals;
import org.rejoin.rolls.RollEntry;
import org.rejoin.rolls.Snapshot;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles a school's whole roll, as its MIS holds it, against the roll Rejoin holds (issue 5).
 * Every row goes through the matching engine in one batch, as Rejoin (the school cannot search the
 * register). A pupil who vanished from the roll without a deletion return is referred to the CME
 * team, unless a referral about them is already waiting.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER', 'SCHOOL_USER', 'PROVIDER_USER')")
public class SnapshotReconciler {

    private final RejoinActor actor;
    private final JdbcClient jdbc;
    private final JdbcRegistrations registrations;
    private final ChildMatcher matcher;
    private final ChildRegister children;
    private final Referrals referrals;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SnapshotReconciler(JdbcClient jdbc, JdbcRegistrations registrations, ChildMatcher matcher, ChildRegister children,
            Referrals referrals, Organisations organisations, ApplicationEventPublisher events, Clock clock, RejoinActor actor) {
        this.actor = actor;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.matcher = matcher;
        this.children = children;
        this.referrals = referrals;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param file the roll as CSV (a header row naming at least forename, surname, date_of_birth) or as a
     *        Common Transfer File from the establishment itself
     */
    public Snapshot reconcile(UUID establishmentId, InputStream file, RejoinUser user) {
        if (!user.isLocalAuthorityStaff() && !establishmentId.equals(user.organisationId())) {
            throw new AccessDeniedException("A roll snapshot is sent by the establishment itself, or LA staff");
        }
        var establishment = organisations.establishment(establishmentId)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishmentId));
        byte[] content;
        try {
            content = file.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var rows = new ArrayList<ChildDetails>();
        var rejects = new ArrayList<RowReject>();
        if (CtfReader.isXml(content)) {
            // A Common Transfer File of the whole roll, as a MIS exports one: checked whole, like an import.
            var ctf = CtfReader.read(new ByteArrayInputStream(content));
            var source = ctf.header().source();
            if (!source.la().equals(establishment.laCode()) || !source.estab().equals(establishment.establishmentNumber())) {
                throw new InvalidInputException("file", "This Common Transfer File is from " + source.laestab()
                        + (source.name() == null ? "" : " " + source.name()) + ", not " + establishment.name() + " ("
                        + establishment.laestab() + ")");
            }
            ctf.pupils().forEach(p -> rows.add(CtfDetails.details(p)));
        }
        else {
            readCsv(content, rows, rejects);
        }
        var rejoin = actor.user();
        var matches = SystemAuthentication.run(rejoin, () -> matcher.matchAll(rows, rejoin));
        List<RollEntry> roll = registrations.roll(establishmentId, rejoin);
        Map<UUID, RollEntry> onRoll = new HashMap<>();
        roll.forEach(p -> onRoll.put(p.childId(), p));
        var seen = new HashSet<UUID>();
        var items = new ArrayList<Snapshot.Item>();
        // A possible match who is on this very roll, and claimed by no other row, is that pupil: on the
        // school's own roll a same-named child born the same day is near certain, where LA-wide it is not.
        var resolved = new ArrayList<UUID>();
        var claimed = new HashSet<UUID>();
        for (var match : matches) {
            if (match.child() != null && onRoll.containsKey(match.child())) {
                claimed.add(match.child());
            }
        }
        for (var match : matches) {
            UUID child = match.child();
            if (child == null || !onRoll.containsKey(child)) {
                var onThisRoll = match.possible().stream().filter(c -> onRoll.containsKey(c) && !claimed.contains(c)).toList();
                if (onThisRoll.size() == 1) {
                    child = onThisRoll.get(0);
                    claimed.add(child);
                }
            }
            resolved.add(child);
        }
        var matchedIds = resolved.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, ChildSummary> summaries = new HashMap<>();
        SystemAuthentication.run(rejoin, () -> children.summaries(matchedIds, rejoin)).forEach(c -> summaries.put(c.id(), c));
        int matched = 0;
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var match = new ChildMatcher.BatchMatch(resolved.get(i), matches.get(i).possible());
            String name = row.legalForename() + " " + row.legalSurname();
            if (match.child() != null && onRoll.containsKey(match.child())) {
                matched++;
                seen.add(match.child());
                String changes = changes(row, summaries.get(match.child()));
                if (!changes.isEmpty()) {
                    items.add(new Snapshot.Item("CHANGED", match.child(), name, changes));
                }
            }
            else {
                items.add(new Snapshot.Item("NEW", match.child(), name, match.child() != null
                        ? "In the register but not on this roll in Rejoin: send a new-pupil return"
                        : match.possible().isEmpty() ? "Not in the register: send a new-pupil return"
                        : "May be a child in the register: send a new-pupil return, and LA staff will check"));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (var pupil : roll) {
            if (!seen.contains(pupil.childId())) {
                items.add(new Snapshot.Item("MISSING", pupil.childId(), pupil.name(),
                        "On the roll in Rejoin but not in this snapshot, with no deletion return"));
                boolean waiting = SystemAuthentication.run(rejoin, () -> referrals.forChild(pupil.childId(), rejoin))
                        .stream().anyMatch(r -> r.isOpen());
                if (!waiting) {
                    events.publishEvent(new RaiseReferral(new NewReferral(null, null, null, today,
                            pupil.name().substring(0, pupil.name().indexOf(' ')), null,
                            pupil.name().substring(pupil.name().indexOf(' ') + 1), pupil.dateOfBirth(), null, null,
                            pupil.upn(), null, null, ReferralReason.LEFT_ROLL_NO_DESTINATION, "Missing from "
                                    + establishment.name() + "'s roll snapshot of " + today + " with no deletion return",
                            null, null, false), pupil.childId(), user));
                }
            }
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into roll_snapshot (id, establishment_id, uploaded_at, uploaded_by, pupils, matched)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, establishmentId, Timestamp.from(clock.instant()), user.username(), rows.size(), matched)
                .update();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            jdbc.sql("insert into roll_snapshot_item (snapshot_id, position, kind, child_id, name, detail) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, item.kind(), item.childId(), item.name(), item.detail()).update();
        }
        return new Snapshot(id, establishmentId, clock.instant(), user.username(), rows.size(), matched, items, rejects);
    }

    private static void readCsv(byte[] content, List<ChildDetails> rows, List<RowReject> rejects) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
            var missing = List.of("forename", "surname", "date_of_birth").stream()
                    .filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing));
            }
            for (var row : parser) {
                try {
                    var child = CsvReturns.child(row);
                    if (child.legalForename() == null || child.legalSurname() == null || child.dateOfBirth() == null) {
                        throw new InvalidInputException("row", "each pupil needs a forename, surname and date of birth");
                    }
                    rows.add(child);
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
