package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A school deleted a pupil with no known destination, or deleted or asks to delete them under reg
 * 9(1)(h) or (i) (School Attendance (Pupil Registration) (England) Regulations 2024): the LA must
 * establish where the child is being educated. Published once, when the return comes.
 *
 * @param pendingLa the deletion waits for the LA's part of the joint enquiries
 * @param schoolEnquiries for (h) and (i), what the school did to find the child
 */
public record ChildLeftRollWithoutDestination(UUID childId, String establishmentName, LocalDate leftOn,
        DeletionGround ground, Destination destination, boolean pendingLa, String schoolEnquiries, LocalDate on,
        RejoinUser by) implements ChildUnaccountedFor {

    @Override
    public String account() {
        return (pendingLa ? establishmentName + " asks to delete the name from " + leftOn : "Deleted from "
                + establishmentName + "'s roll on " + leftOn) + " under reg 9(1)(" + ground.paragraph() + ") "
                + ground.description().toLowerCase(Locale.ROOT) + (pendingLa ? "; pending the LA's enquiries" : "")
                + "; destination "
                + destination.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (schoolEnquiries == null || schoolEnquiries.isBlank() ? "" : ". The school's enquiries: "
                        + schoolEnquiries.trim());
    }
}
