package org.rejoin.cme.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserAccounts;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.cme.CaseSummary;
import org.rejoin.cme.CmeCase;
import org.rejoin.platform.NotFoundException;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.stereotype.Component;

/**
 * Cases as the rest of Rejoin sees them: each case row with its milestones, the child's name and
 * date of birth (from the register) and the key worker's name (from access), three queries for a
 * whole list.
 */
@Component
class CaseViews {

    private final JdbcCaseRows rows;
    private final ChildRegister children;
    private final UserAccounts users;
    private final Tasks tasks;

    CaseViews(JdbcCaseRows rows, ChildRegister children, UserAccounts users, Tasks tasks) {
        this.rows = rows;
        this.children = children;
        this.users = users;
        this.tasks = tasks;
    }

    /** Open cases as list rows, the soonest next deadline first. */
    List<CaseSummary> summaries(List<CmeCase> all, RejoinUser user) {
        var cases = all.stream().filter(CmeCase::isOpen).toList();
        Map<UUID, Task> next = tasks.nextDue(cases.stream().map(CmeCase::id).toList(), user);
        return cases.stream().map(c -> {
            var task = next.get(c.id());
            return new CaseSummary(c.id(), c.reference(), c.childId(), c.childName(), c.kind(), c.status(),
                    c.dateReferred(), c.keyWorkerName(), task == null ? null : task.title(),
                    task == null ? null : task.dueOn());
        }).sorted(Comparator.comparing(CaseSummary::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }


    CmeCase find(UUID id, RejoinUser user) {
        var row = rows.find(id).orElseThrow(() -> new NotFoundException("No CME case " + id));
        return of(List.of(row), user).get(0);
    }

    /** The child's cases, newest first. */
    List<CmeCase> forChild(UUID childId, RejoinUser user) {
        return of(rows.forChild(childId), user);
    }

    List<CmeCase> of(List<JdbcCaseRows.CaseRow> found, RejoinUser user) {
        if (found.isEmpty()) {
            return List.of();
        }
        var milestones = rows.milestones(found.stream().map(JdbcCaseRows.CaseRow::id).toList());
        Map<UUID, ChildSummary> childrenById = new HashMap<>();
        children.summaries(found.stream().map(JdbcCaseRows.CaseRow::childId).distinct().toList(), user)
                .forEach(s -> childrenById.put(s.id(), s));
        var keyWorkers = users.displayNames(found.stream().map(JdbcCaseRows.CaseRow::keyWorker)
                .filter(Objects::nonNull).distinct().toList());
        return found.stream().map(r -> {
            var child = childrenById.get(r.childId());
            return new CmeCase(r.id(), r.reference(), r.childId(), child == null ? "" : child.displayName(),
                    child == null ? null : child.dateOfBirth(), r.referralId(), r.kind(), r.dateReferred(), r.keyWorker(),
                    r.keyWorker() == null ? null : keyWorkers.get(r.keyWorker()),
                    r.needsSummary(), r.eligibility(), r.lastKnownPlacement(),
                    r.lastKnownPlacementOn(), r.lookedAfterEmergency(), r.openedAt(), r.openedBy(), r.version(),
                    List.copyOf(milestones.getOrDefault(r.id(), List.of())));
        }).toList();
    }
}
