package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/** A child in Year 6 at a primary school last year has no secondary registration once the autumn term starts. */
public record NoSecondaryPlaceFound(UUID childId, String primarySchool, LocalDate on, RejoinUser by)
        implements ChildUnaccountedFor {

    @Override
    public String account() {
        return "Year 6 at " + primarySchool + " last year and no secondary registration by the start of the autumn term";
    }
}
