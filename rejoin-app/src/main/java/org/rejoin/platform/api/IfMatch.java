package org.rejoin.platform.api;

import org.rejoin.platform.InvalidInputException;

/** The version an API client read, from the If-Match header it sent back (ADR 5). */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * The version in an ETag such as {@code "3"} or {@code W/"3"}.
     *
     * @throws InvalidInputException when it is not one Rejoin returned
     */
    public static long version(String ifMatch) {
        try {
            return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").trim());
        }
        catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the ETag returned when the record was read, like \"3\"");
        }
    }
}
