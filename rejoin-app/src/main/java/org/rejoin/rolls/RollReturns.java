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
     * Records a deletion: ends the registration with its reg 9(1) ground. Ground (i) needs the joint
     * enquiries; (f) the parent's notice date; (o) a finished review. A leaver with no known
     * destination, or deleted under (h) or (i), is referred to the CME team once.
     */
    RollReturn deletion(NewDeletion deletion, RejoinUser user);

    /** Movements across the LA's rolls: leavers without destination, leavers not yet arrived, other LAs. LA staff. */
    Movements movements(RejoinUser user);

    /** The establishment's roll at a glance: its own users and LA staff. */
    RollFigures figures(UUID establishmentId, RejoinUser user);

    /** The establishment's returns, newest first: its own users and LA staff. */
    List<RollReturn> forEstablishment(UUID establishmentId, RejoinUser user);
}
