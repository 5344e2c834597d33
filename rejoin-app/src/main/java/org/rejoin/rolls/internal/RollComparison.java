package org.rejoin.rolls.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher.BatchMatch;
import org.rejoin.children.ChildSummary;
import org.rejoin.rolls.Snapshot;

/**
 * Rolls as schools send them compared with the rolls Rejoin holds (ADR 13): each row resolved to a
 * pupil, then for each establishment who is new, who vanished without a deletion return and whose
 * details differ. Plain Java: the matching engine's answers, the rolls and the register's records
 * come in; what to store and what to tell others come out.
 */
final class RollComparison {

    /** A row of a snapshot: who, and on which establishment's roll. */
    record Row(ChildDetails child, UUID establishmentId) {
    }

    /** A child found on a roll Rejoin does not have them on. */
    record Joined(UUID childId, UUID establishmentId) {
    }

    private final Set<UUID> scope;
    private final Map<UUID, Map<UUID, ?>> onRoll;
    private final Map<UUID, List<Snapshot.Item>> items = new HashMap<>();
    private final Map<UUID, Integer> pupils = new HashMap<>();
    private final Map<UUID, Integer> matched = new HashMap<>();
    private final Map<UUID, UUID> missing = new LinkedHashMap<>();
    private final List<Joined> joined = new ArrayList<>();

    /**
     * @param scope the establishments the file is about, in the order they first appear in it
     * @param onRoll each of them, with the children Rejoin has on its roll now
     */
    RollComparison(Collection<UUID> scope, Map<UUID, ? extends Map<UUID, ?>> onRoll) {
        this.scope = new LinkedHashSet<>(scope);
        this.onRoll = new HashMap<>(onRoll);
        scope.forEach(id -> items.put(id, new ArrayList<>()));
    }

    /**
     * Each row's pupil: the engine's match when it is on this roll; else a possible match who is on
     * this very roll and claimed by no other row (on the school's own roll a same-named child born the
     * same day is near certain, where LA-wide it is not); else the engine's match, or none.
     */
    List<UUID> resolve(List<Row> rows, List<BatchMatch> matches) {
        var claimed = new HashMap<UUID, Set<UUID>>();
        scope.forEach(id -> claimed.put(id, new HashSet<>()));
        for (int i = 0; i < rows.size(); i++) {
            UUID child = matches.get(i).child();
            if (child != null && isOnRoll(rows.get(i).establishmentId(), child)) {
                claimed.get(rows.get(i).establishmentId()).add(child);
            }
        }
        var resolved = new ArrayList<UUID>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            UUID establishment = rows.get(i).establishmentId();
            UUID child = matches.get(i).child();
            if (child == null || !isOnRoll(establishment, child)) {
                var onThisRoll = matches.get(i).possible().stream()
                        .filter(c -> isOnRoll(establishment, c) && !claimed.get(establishment).contains(c)).toList();
                if (onThisRoll.size() == 1) {
                    child = onThisRoll.get(0);
                    claimed.get(establishment).add(child);
                }
            }
            resolved.add(child);
        }
        return resolved;
    }

    /** Every child the comparison needs the register's record of: those resolved, and those on the rolls. */
    Set<UUID> children(Collection<UUID> resolved) {
        var known = new HashSet<UUID>();
        resolved.stream().filter(Objects::nonNull).forEach(known::add);
        onRoll.values().forEach(m -> known.addAll(m.keySet()));
        return known;
    }

    /**
     * Compares the rows, each resolved to a pupil, with the rolls: a pupil Rejoin has on the roll is
     * matched (and any difference in their details noted); any other row is new; a pupil on a roll in
     * Rejoin with no row is missing.
     */
    void compare(List<Row> rows, List<UUID> resolved, List<BatchMatch> matches, Map<UUID, ChildSummary> register) {
        var seen = new HashMap<UUID, Set<UUID>>();
        scope.forEach(id -> seen.put(id, new HashSet<>()));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i).child();
            UUID establishment = rows.get(i).establishmentId();
            UUID child = resolved.get(i);
            pupils.merge(establishment, 1, Integer::sum);
            String name = row.legalForename() + " " + row.legalSurname();
            if (child != null && isOnRoll(establishment, child)) {
                matched.merge(establishment, 1, Integer::sum);
                seen.get(establishment).add(child);
                String changes = changes(row, register.get(child));
                if (!changes.isEmpty()) {
                    items.get(establishment).add(new Snapshot.Item("CHANGED", child, name, changes));
                }
                continue;
            }
            items.get(establishment).add(new Snapshot.Item("NEW", child, name, child != null
                    ? "In the register but not on this roll in Rejoin: send a new-pupil return"
                    : matches.get(i).possible().isEmpty() ? "Not in the register: send a new-pupil return"
                    : "May be a child in the register: send a new-pupil return, and LA staff will check"));
            if (child != null) {
                joined.add(new Joined(child, establishment));
            }
        }
        addMissing(seen, register);
    }

    /** On a roll in Rejoin, absent from that roll in the file, with no deletion return. */
    private void addMissing(Map<UUID, Set<UUID>> seen, Map<UUID, ChildSummary> register) {
        for (var e : scope) {
            for (var child : onRoll.get(e).keySet()) {
                if (!seen.get(e).contains(child)) {
                    var held = register.get(child);
                    items.get(e).add(new Snapshot.Item("MISSING", child, held == null ? "" : held.displayName(),
                            "On the roll in Rejoin but not in this snapshot, with no deletion return"));
                    missing.putIfAbsent(child, e);
                }
            }
        }
    }

    private boolean isOnRoll(UUID establishment, UUID child) {
        return onRoll.get(establishment).containsKey(child);
    }

    /** Whether an establishment has anything to report: rows in the file, or pupils on its roll in Rejoin. */
    boolean hasSnapshot(UUID establishment) {
        return pupils(establishment) > 0 || !onRoll.get(establishment).isEmpty();
    }

    int pupils(UUID establishment) {
        return pupils.getOrDefault(establishment, 0);
    }

    int matched(UUID establishment) {
        return matched.getOrDefault(establishment, 0);
    }

    int matched() {
        return matched.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<Snapshot.Item> items(UUID establishment) {
        return items.get(establishment);
    }

    /** Each missing pupil, with the establishment whose roll they vanished from (the first, if several). */
    Map<UUID, UUID> missing() {
        return missing;
    }

    List<Joined> joined() {
        return joined;
    }

    /** What the snapshot says differently from the register: date of birth, UPN, surname. */
    static String changes(ChildDetails row, ChildSummary held) {
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
