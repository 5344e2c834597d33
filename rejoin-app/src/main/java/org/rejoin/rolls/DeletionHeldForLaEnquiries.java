package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A school asked to delete a pupil it cannot find under reg 9(1)(h) or (i) (School Attendance (Pupil
 * Registration) (England) Regulations 2024), and the deletion was held for the LA's part of the joint
 * enquiries: the pupil is still on the roll, but no one knows where they are, so the LA's CME team
 * looks for them now. Published once, when the return comes.
 *
 * @param proposedOn the date the school gave for the deletion
 * @param schoolEnquiries what the school did to find the child
 */
public record DeletionHeldForLaEnquiries(UUID childId, String establishmentName, LocalDate proposedOn,
        DeletionGround ground, Destination destination, String schoolEnquiries, LocalDate on, RejoinUser by)
        implements ChildUnaccountedFor {

    @Override
    public LocalDate asOf() {
        return proposedOn;
    }

    @Override
    public String account() {
        return ChildLeftRollWithoutDestination.describe(establishmentName + " asks to delete the name from " + proposedOn,
                ground, "pending the LA's enquiries; destination " + ChildLeftRollWithoutDestination.words(destination),
                schoolEnquiries);
    }
}
