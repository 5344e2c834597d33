package org.rejoin.rolls;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * New-pupil and deletion returns (School Attendance (Pupil Registration) (England) Regulations
 * 2024, reg 13; docs/rules/rolls.md). A school sends its own; LA staff may send for any
 * establishment. Every child goes through the matching engine, so a joiner never makes a second
 * record of a child the register knows.
 */
public interface RollReturns {

    /**
     * Records a joiner: matches or adds the child, registers them, flags a return made more than 5
     * school days after the name was entered.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each rule broken
     */
    RollReturn joiner(NewJoiner joiner, RejoinUser user);

    /**
     * Records a deletion: ends the registration with its reg 9(1) ground. (f) needs the parent's notice
     * date; (o) a finished review. (h) and (i) need the school's enquiries and an absence the register
     * Rejoin holds does not contradict (refused, naming the mark, when it does; kept as the school's word
     * when Rejoin lacks the marks); until the LA's part of the enquiries is recorded the deletion waits,
     * pending the LA, with a task for it, and the pupil stays on the roll. A leaver with no known
     * destination, or under (h) or (i), is referred to the CME team once, with the school's enquiries.
     */
    RollReturn deletion(NewDeletion deletion, RejoinUser user);

    /**
     * Records the LA's part of the joint enquiries on a deletion pending the LA: if the LA did not find
     * the child either, the name leaves the roll (on the school's date, or the end of the LA's enquiries
     * if later); if it did, the deletion is not accepted. The LA's CME team only (officers, managers, admins).
     */
    RollReturn recordLaEnquiries(UUID returnId, LaEnquiries enquiries, RejoinUser user);

    /** A deletion return whole, with the evidence and both parts of the enquiries: the school's own users and LA staff. */
    DeletionRecord deletionRecord(UUID returnId, RejoinUser user);

    /** Movements across the LA's rolls: leavers without destination, leavers not yet arrived, other LAs. LA staff. */
    Movements movements(RejoinUser user);

    /** The establishment's roll at a glance: its own users and LA staff. */
    RollFigures figures(UUID establishmentId, RejoinUser user);

    /** The establishment's returns, newest first: its own users and LA staff. */
    List<RollReturn> forEstablishment(UUID establishmentId, RejoinUser user);
}
