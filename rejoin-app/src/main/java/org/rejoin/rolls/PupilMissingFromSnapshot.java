package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.Text;

/** A pupil on a school's roll in Rejoin is not in that school's roll snapshot, and no deletion return says why. */
public record PupilMissingFromSnapshot(UUID childId, String establishmentName, LocalDate on, RejoinUser by)
        implements ChildUnaccountedFor {

    @Override
    public String account() {
        return "Missing from " + establishmentName + "'s roll snapshot of " + Text.date(on) + " with no deletion return";
    }
}
