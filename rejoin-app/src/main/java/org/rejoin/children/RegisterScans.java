package org.rejoin.children;

import java.util.Optional;

import org.rejoin.access.RejoinUser;

/**
 * Batch matching of the whole register against itself (batch mode: docs/architecture.md, "Matching"; ADR 10), run in the
 * background by an LA administrator; every pair in the match or review band goes to the match
 * review queue for a person to decide.
 */
public interface RegisterScans {

    /**
     * Starts a scan unless one is running.
     *
     * @throws org.rejoin.platform.InvalidInputException when a scan is already running
     */
    RegisterScan start(RejoinUser user);

    Optional<RegisterScan> latest(RejoinUser user);
}
