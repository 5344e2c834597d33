package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A school deleted a pupil with no known destination, or under reg 9(1)(h) or (i) (School Attendance
 * (Pupil Registration) (England) Regulations 2024): the LA must establish where the child is being
 * educated.
 *
 * @param schoolEnquiries for (h) and (i), what the school did to find the child
 */
public record ChildLeftRollWithoutDestination(UUID childId, String establishmentName, LocalDate leftOn,
        DeletionGround ground, Destination destination, String schoolEnquiries, LocalDate on, RejoinUser by)
        implements ChildUnaccountedFor {

    @Override
    public LocalDate asOf() {
        return leftOn;
    }

    @Override
    public String account() {
        return describe("Deleted from " + establishmentName + "'s roll on " + leftOn, ground, "destination "
                + words(destination), schoolEnquiries);
    }

    /** What happened, the ground in the regulation's words, what follows, and the school's enquiries if any. */
    static String describe(String happened, DeletionGround ground, String then, String schoolEnquiries) {
        return happened + " under reg 9(1)(" + ground.paragraph() + ") " + ground.description().toLowerCase(Locale.ROOT)
                + "; " + then + (schoolEnquiries == null || schoolEnquiries.isBlank() ? ""
                        : ". The school's enquiries: " + schoolEnquiries.trim());
    }

    static String words(Destination destination) {
        return destination.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
