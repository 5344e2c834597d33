package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A school deleted a pupil with no known destination, or under reg 9(1)(h) or (i) (School
 * Attendance (Pupil Registration) (England) Regulations 2024): the LA must establish where the
 * child is being educated.
 */
public record ChildLeftRollWithoutDestination(UUID childId, String establishmentName, LocalDate leftOn,
        DeletionGround ground, Destination destination, LocalDate on, RejoinUser by) implements ChildUnaccountedFor {

    @Override
    public String account() {
        return "Deleted from " + establishmentName + "'s roll on " + leftOn + " under reg 9(1)(" + ground.paragraph()
                + ") " + ground.description().toLowerCase(Locale.ROOT) + "; destination "
                + destination.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
