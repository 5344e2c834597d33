package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The LA's view of movements between rolls, as the LA movements page shows it (ADR 13).
 *
 * @param pendingLa deletions under reg 9(1)(h) or (i) waiting for the LA's part of the joint enquiries, oldest first
 * @param leaversWithoutDestination deletions with no known destination, oldest first
 * @param awaitingDestination leavers to a school in the LA that has not registered them yet
 * @param crossLa notifications to (and from) other LAs
 * @param lateJoinerReturns new-pupil returns sent after the fifth day after the entry (reg 13(1)), this academic year
 * @param unplacedYear7 Year 7 children who were on a primary roll last year and have no secondary
 *        registration since the autumn term began (school and date: their last primary and its end)
 * @param ctfOverdue leavers whose school has not sent their Common Transfer File within 15 school days
 */
public record Movements(List<RollReturn> pendingLa, List<Leaver> leaversWithoutDestination, List<Leaver> awaitingDestination,
        List<CrossLa> crossLa, long lateJoinerReturns, List<Leaver> unplacedYear7, List<CtfExport.Due> ctfOverdue) {

    /**
     * A leaver.
     *
     * @param schoolDaysSince school days since leaving; null when term dates are missing
     * @param reconciled found on a roll again since leaving
     */
    public record Leaver(UUID childId, String childName, String school, LocalDate leftOn, DeletionGround ground,
            String destination, Integer schoolDaysSince, boolean reconciled) {

        /** A child who left a school with no return saying why or where to: the Year 6 to 7 check finds them. */
        public static Leaver unplaced(UUID childId, String childName, String school, LocalDate leftOn) {
            return new Leaver(childId, childName, school, leftOn, null, null, null, false);
        }
    }

    /**
     * A notification to another LA (SENT, from a deletion return) or from one (RECEIVED, a referral from
     * another LA; {@code referralId} set, {@code childId} once it is linked to a child).
     */
    public record CrossLa(UUID childId, String childName, String direction, String otherLa, LocalDate notifiedOn,
            UUID referralId) {
    }
}
