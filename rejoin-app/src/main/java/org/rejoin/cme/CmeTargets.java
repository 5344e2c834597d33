package org.rejoin.cme;

import java.time.Instant;

import org.rejoin.access.RejoinUser;

/**
 * The LA's CME targets in school days (docs/rules/cme.md). The missing threshold and the locate,
 * determine and in-provision targets are local policy: the LA's managers change them here, and the
 * configured values ({@link CmeProperties}) are the defaults until they do. The looked-after
 * placement follows statutory guidance and stays as configured.
 */
public interface CmeTargets {

    /** The targets in force, and who last changed them (null while the defaults apply). */
    record Current(CmeProperties targets, Instant changedAt, String changedBy, long version) {
    }

    /** The local targets a manager sets, in school days. */
    record NewTargets(Integer missingThreshold, Integer locateWithin, Integer provisionDeterminedWithin,
            Integer inProvisionWithin) {
    }

    /** The targets in force: anyone signed in, and Rejoin itself as it sets deadlines. */
    Current current();

    /**
     * Sets the local targets: LA managers and administrators.
     *
     * @param expectedVersion the version the manager saw, so that two managers' changes do not overwrite each other
     * @throws org.rejoin.platform.InvalidInputException naming each target out of range
     */
    Current change(NewTargets targets, long expectedVersion, RejoinUser by);
}
