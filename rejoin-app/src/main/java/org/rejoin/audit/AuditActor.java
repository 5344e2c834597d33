package org.rejoin.audit;

import java.util.UUID;

/** Who did something: a user through the web or API, or Rejoin itself. */
public interface AuditActor {

    /** Rejoin acting on its own behalf. */
    AuditActor SYSTEM = new Named(null, "system", null, null, Channel.SYSTEM);

    UUID userId();

    String username();

    UUID organisationId();

    String organisationName();

    Channel channel();

    /** Someone known only by what they typed, such as an unknown username at sign-in. */
    static AuditActor unidentified(String username, Channel channel) {
        return new Named(null, username == null || username.isBlank() ? "(blank)" : username, null, null, channel);
    }

    /** An actor given by its parts. */
    record Named(UUID userId, String username, UUID organisationId, String organisationName, Channel channel)
            implements AuditActor {
    }
}
