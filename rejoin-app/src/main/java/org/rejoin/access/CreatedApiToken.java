package org.rejoin.access;

/** A new token and its secret, which is shown this once and never stored in clear. */
public record CreatedApiToken(ApiTokenSummary token, String secret) {
}
