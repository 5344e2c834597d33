package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/** A pupil on a school's roll in Rejoin is not in that school's roll snapshot, and no deletion return says why. */
public record PupilMissingFromSnapshot(UUID childId, String establishmentName, LocalDate on, RejoinUser by)
        implements ChildUnaccountedFor {

    @Override
    public String account() {
        return "Missing from " + establishmentName + "'s roll snapshot of " + on + " with no deletion return";
    }
}
