package org.rejoin.cme.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.cme.CmeProperties;
import org.rejoin.cme.CmeTargets;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.SignedIn;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The LA's CME targets: the row a manager saved, or the configured defaults (docs/rules/cme.md). */
@Service
class CmeTargetService implements CmeTargets {

    private final JdbcTargetRows rows;
    private final CmeProperties defaults;
    private final AuditLog audit;
    private final Clock clock;

    CmeTargetService(JdbcTargetRows rows, CmeProperties defaults, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.defaults = defaults;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public Current current() {
        return rows.find().map(r -> new Current(targets(r.targets()), r.changedAt(), r.changedBy(), r.version()))
                .orElseGet(() -> new Current(defaults, null, null, 0));
    }

    @Override
    @Transactional
    @LaManagers
    public Current change(NewTargets targets, long expectedVersion, RejoinUser by) {
        TargetsCheck.check(targets);
        var before = current().targets();
        if (!rows.save(targets, expectedVersion, clock.instant(), by.username())) {
            throw new OptimisticLockingFailureException("Someone else changed the CME targets while you were: look at them again");
        }
        var after = targets(targets);
        audit.record(by, AuditAction.CME_TARGETS_CHANGED, null, "CME targets", changes(before, after));
        return current();
    }

    /** The targets a manager set, with the looked-after placement as configured (statutory guidance). */
    private CmeProperties targets(NewTargets t) {
        return new CmeProperties(t.missingThreshold(), t.locateWithin(), t.provisionDeterminedWithin(), t.inProvisionWithin(),
                defaults.lookedAfterPlacementWithin());
    }

    private static List<FieldChange> changes(CmeProperties before, CmeProperties after) {
        var changes = new ArrayList<FieldChange>();
        change(changes, "missingThreshold", before.missingThreshold(), after.missingThreshold());
        change(changes, "locateWithin", before.locateWithin(), after.locateWithin());
        change(changes, "provisionDeterminedWithin", before.provisionDeterminedWithin(), after.provisionDeterminedWithin());
        change(changes, "inProvisionWithin", before.inProvisionWithin(), after.inProvisionWithin());
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, int before, int after) {
        if (before != after) {
            changes.add(new FieldChange(field, String.valueOf(before), String.valueOf(after)));
        }
    }
}
