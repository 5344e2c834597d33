package org.rejoin.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.rejoin.access.AccessProperties;
import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.Channel;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for sign-in and keeps count of failures, locking an account after too many. */
@Service
class SignIns implements UserDetailsService {

    private final JdbcUserRows rows;
    private final AccessProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    SignIns(JdbcUserRows rows, AccessProperties properties, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public RejoinUser loadUserByUsername(String username) {
        return rows.principal(username, clock.instant())
                .orElseThrow(() -> new UsernameNotFoundException("No user with that username"));
    }

    @Transactional
    void succeeded(RejoinUser user) {
        rows.signedIn(user.id());
        audit.record(user, AuditAction.SIGNED_IN, null);
    }

    /** Records a failure with a wrong password (or unknown username); says whether the account is now locked. */
    @Transactional
    boolean failed(String username) {
        Optional<Boolean> locked = rows.failedSignIn(username, properties.maxFailedSignIns(),
                clock.instant().plus(properties.lockDuration()));
        var actor = rows.principal(username, clock.instant()).<AuditActor>map(u -> u).orElse(AuditActor.unidentified(username, Channel.WEB));
        audit.record(actor, AuditAction.SIGN_IN_FAILED, null, "username " + username, List.of());
        if (locked.orElse(false)) {
            audit.record(actor, AuditAction.ACCOUNT_LOCKED, null, "username " + username, List.of());
            return true;
        }
        return false;
    }
}
