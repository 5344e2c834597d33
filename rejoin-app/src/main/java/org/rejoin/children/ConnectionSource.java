package org.rejoin.children;

/** What connects an organisation to a child, and so lets its users see the child. */
public enum ConnectionSource {
    /** The child is or was on the establishment's roll. */
    REGISTRATION,
    /** The organisation referred the child. */
    REFERRAL,
    /** The child is or was placed with the provider. */
    PLACEMENT
}
