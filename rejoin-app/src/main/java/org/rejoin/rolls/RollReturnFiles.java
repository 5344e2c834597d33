package org.rejoin.rolls;

import java.io.InputStream;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.organisations.ImportReport;

/**
 * Returns uploaded as CSV, as a school's MIS exports them. Each row is one return, in its own
 * transaction: a good row is recorded, a bad row reported with its line and reason and nothing of it
 * written.
 */
public interface RollReturnFiles {

    ImportReport joiners(InputStream csv, UUID establishmentId, RejoinUser user);

    ImportReport deletions(InputStream csv, UUID establishmentId, RejoinUser user);
}
