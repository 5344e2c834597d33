package org.rejoin.linkage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups records into children by union-find over auto-match edges, never joining two groups
 * whose records conflict on permanent UPN or date of birth (ADR 10): a conflicting edge is
 * left for a person to decide.
 */
public final class Clusters {

    private final int[] parent;
    private final List<Set<String>> upns;
    private final List<Set<String>> dates;

    /** One group per record to start with. */
    public Clusters(List<StandardRecord> records) {
        parent = new int[records.size()];
        upns = new java.util.ArrayList<>(records.size());
        dates = new java.util.ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            parent[i] = i;
            var r = records.get(i);
            upns.add(r.hasPermanentUpn() ? new HashSet<>(Set.of(r.upn())) : new HashSet<>());
            dates.add(r.dateOfBirth() == null ? new HashSet<>() : new HashSet<>(Set.of(r.dateOfBirth().toString())));
        }
    }

    public int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins the groups of two records unless they conflict; says whether they are now one group. */
    public boolean join(int a, int b) {
        int x = find(a);
        int y = find(b);
        if (x == y) {
            return true;
        }
        if (conflict(upns.get(x), upns.get(y)) || conflict(dates.get(x), dates.get(y))) {
            return false;
        }
        if (upns.get(x).size() + dates.get(x).size() < upns.get(y).size() + dates.get(y).size()) {
            int t = x;
            x = y;
            y = t;
        }
        parent[y] = x;
        upns.get(x).addAll(upns.get(y));
        dates.get(x).addAll(dates.get(y));
        return true;
    }

    private static boolean conflict(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !a.containsAll(b) && !b.containsAll(a);
    }
}
