package org.rejoin.access;

import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * Runs work as Rejoin itself, entered once where a listener or a scheduled job begins, or where a
     * step needs what the user's own rights do not give (a school's joiner matched against the whole
     * register). The work is given Rejoin's principal, for the services it calls.
     */
    public <T> T act(Function<RejoinUser, T> work) {
        var rejoin = user();
        return SystemAuthentication.run(rejoin, () -> work.apply(rejoin));
    }

    /** {@link #act(Function)} for work that returns nothing. */
    public void run(Consumer<RejoinUser> work) {
        act(rejoin -> {
            work.accept(rejoin);
            return null;
        });
    }

    /** Rejoin as the LA's system user; the LA must exist. */
    public RejoinUser user() {
        var la = organisations.localAuthority().orElseThrow(() -> new IllegalStateException("No local authority yet"));
        return RejoinUser.system(la.id(), la.name());
    }
}
