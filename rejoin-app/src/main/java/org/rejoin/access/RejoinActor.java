package org.rejoin.access;

import org.rejoin.organisations.Organisations;

import org.springframework.stereotype.Component;

/**
 * Rejoin itself acting for the local authority, with the LA's name on every audit entry: when a
 * school's return needs a register search the school may not make, or scheduled work runs.
 */
@Component
public class RejoinActor {

    private final Organisations organisations;

    RejoinActor(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Rejoin as the LA's system user; the LA must exist. */
    public RejoinUser user() {
        var la = organisations.localAuthority().orElseThrow(() -> new IllegalStateException("No local authority yet"));
        return RejoinUser.system(la.id(), la.name());
    }
}
