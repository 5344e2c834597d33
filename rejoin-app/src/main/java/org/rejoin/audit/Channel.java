package org.rejoin.audit;

/** How an action reached Rejoin. */
public enum Channel {
    /** A person in the web UI. */
    WEB,
    /** A system calling the REST API with a token. */
    API,
    /** Rejoin itself: start-up, the demo generator, scheduled work. */
    SYSTEM
}
