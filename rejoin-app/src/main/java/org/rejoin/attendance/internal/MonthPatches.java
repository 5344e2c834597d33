package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A load's marks as patches to month rows (ADR 14, ADR 16): each row's new marks, the last of a
 * session sent twice winning, then sent as runs of consecutive sessions, so that a day's load is one
 * run of two bytes a row, not the row. Pure.
 */
final class MonthPatches {

    /** A month row: one child at one establishment in one month. */
    record RowKey(UUID establishmentId, LocalDate month, UUID childId) {
    }

    /**
     * A run of consecutive sessions to lay over a row; a row's runs are numbered in rounds (its first
     * run is round 0), so that each round lays at most one run over each row.
     */
    record Run(RowKey row, int round, int start, byte[] marks) {

        /** As COPY takes it: establishment, month, child, round, start, marks in PostgreSQL's hex form. */
        Object[] copyRow() {
            return new Object[] {row.establishmentId(), row.month(), row.childId(), round, start,
                    "\\x" + HexFormat.of().formatHex(marks)};
        }
    }

    private final Map<RowKey, byte[]> rows;
    private final List<Run> runs = new ArrayList<>();
    private int rounds;

    /** The marks' patches, in the marks' order (a school's pupils together), so new rows are written page by page. */
    MonthPatches(List<MarkLoadCheck.Resolved> marks) {
        rows = new LinkedHashMap<>();
        for (var m : marks) {
            rows.computeIfAbsent(new RowKey(m.establishmentId(), m.month(), m.childId()), k -> new byte[MonthMarks.LENGTH])
                    [m.offset()] = m.code().id();
        }
        rows.forEach(this::addRuns);
    }

    private void addRuns(RowKey key, byte[] row) {
        int round = 0;
        for (int i = 0; i < row.length; i++) {
            if (row[i] == 0) {
                continue;
            }
            int j = i;
            while (j + 1 < row.length && row[j + 1] != 0) {
                j++;
            }
            byte[] run = new byte[j - i + 1];
            System.arraycopy(row, i, run, 0, run.length);
            runs.add(new Run(key, round++, i, run));
            i = j;
        }
        rounds = Math.max(rounds, round);
    }

    int rows() {
        return rows.size();
    }

    List<Run> runs() {
        return runs;
    }

    /** How many rounds the runs take: the most runs any one row has. */
    int rounds() {
        return rounds;
    }
}
