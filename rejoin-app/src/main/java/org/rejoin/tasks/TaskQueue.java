package org.rejoin.tasks;

import java.util.List;

import org.rejoin.platform.ResultPage;

/**
 * A person's open tasks (theirs and the shared queue) as their task list shows them: one page, most
 * urgent then soonest due first, and how many there are of each kind.
 *
 * @param kind the kind shown, or null for every kind
 */
public record TaskQueue(ResultPage<TaskView> page, String kind, List<Kind> kinds, long overdue) {

    /** How many open tasks of a kind; of those, how many are overdue, and how many urgent. */
    public record Kind(String kind, long open, long overdue, long urgent) {
    }

    /** Every open task, whatever the kind shown. */
    public long open() {
        return kinds.stream().mapToLong(Kind::open).sum();
    }

    /** Every urgent open task, whatever the kind shown: these come first on every page of the list. */
    public long urgent() {
        return kinds.stream().mapToLong(Kind::urgent).sum();
    }
}
