package org.rejoin.organisations;

import java.util.List;

/**
 * What an import did: rows added, updated and left unchanged, and every rejected row with its reason.
 * A file that cannot be read at all has a single reject on row 1 and nothing applied.
 */
public record ImportReport(int added, int updated, int unchanged, List<RowReject> rejects) {

    public ImportReport {
        rejects = List.copyOf(rejects);
    }

    public int read() {
        return added + updated + unchanged + rejects.size();
    }

    /** A row that was not imported, and why; rows are counted from 1, the header row. */
    public record RowReject(long row, String reason) {
    }
}
