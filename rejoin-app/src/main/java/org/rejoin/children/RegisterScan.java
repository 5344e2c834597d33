package org.rejoin.children;

import java.time.Instant;
import java.util.UUID;

/**
 * A register-wide duplicate scan and how far it has gone.
 *
 * @param found pairs the engine put in the match or review band
 * @param raised of those, pairs newly sent to the match review queue (the rest were already there or decided)
 */
public record RegisterScan(UUID id, Instant startedAt, String startedBy, String status, int records, long compared,
        int found, int raised, Instant finishedAt, String failure) {

    public boolean isRunning() {
        return !status.equals("DONE") && !status.equals("FAILED");
    }
}
