package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.JuniorStarterReturns;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The LA's request for junior-class starters' new-pupil returns (reg 13(3)), kept and audited. */
@Service
class JuniorReturnsService implements JuniorStarterReturns {

    private final JdbcJuniorReturnRows rows;
    private final AuditLog audit;
    private final Clock clock;

    JuniorReturnsService(JdbcJuniorReturnRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public Optional<LocalDate> requestedOn() {
        return rows.requestedOn();
    }

    @Override
    @Transactional
    @LaManagers
    public void request(LocalDate on, RejoinUser by) {
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("requestedOn", "The day the local authority asked must be today or in the past");
        }
        var before = rows.requestedOn().orElse(null);
        if (on == null) {
            rows.withdraw();
        }
        else {
            rows.request(on, clock.instant(), by.username());
        }
        audit.record(by, AuditAction.JUNIOR_RETURNS_REQUESTED, null, "new-pupil returns for junior-class starters",
                List.of(new FieldChange("requestedOn", before == null ? null : before.toString(), on == null ? null : on.toString())));
    }
}
