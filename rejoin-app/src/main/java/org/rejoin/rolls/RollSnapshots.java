package org.rejoin.rolls;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Roll snapshots: a school's whole roll as its MIS holds it, or every roll in the LA from one file,
 * reconciled against the rolls Rejoin holds (ADR 13).
 */
public interface RollSnapshots {

    /**
     * One establishment's roll: its own users and LA staff.
     *
     * @param file the roll as CSV (a header row naming at least forename, surname, date_of_birth) or as a
     *        Common Transfer File from the establishment itself
     * @throws org.rejoin.platform.InvalidInputException naming what the file lacks or gets wrong
     */
    Snapshot reconcile(UUID establishmentId, InputStream file, RejoinUser user);

    /**
     * Every roll in the LA at once from one CSV with {@code establishment_urn}: LA staff only. An
     * establishment with pupils in Rejoin but no row in the file is listed as left out.
     */
    LaSnapshot reconcileAll(InputStream csv, RejoinUser user);

    /** The establishment's last snapshot, with what it found: its own users and LA staff. */
    Optional<Snapshot> last(UUID establishmentId, RejoinUser user);
}
