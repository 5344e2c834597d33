package org.rejoin.attendance.internal;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lets a test run the morning alert scan now, as Rejoin. */
@Component
public class AlertScanAccess {

    private final AlertScan scan;
    private final RejoinActor actor;

    AlertScanAccess(AlertScan scan, RejoinActor actor) {
        this.scan = scan;
        this.actor = actor;
    }

    /** Alerts raised for the first time. */
    @Transactional
    public int scanAll() {
        var rejoin = actor.user();
        return SystemAuthentication.run(rejoin, () -> scan.scan(null, rejoin));
    }
}
