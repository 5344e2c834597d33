package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A Common Transfer File reached the LA from the Lost Pupils Database (XXX/XXXX: a school did not
 * know where the child went) or for a move abroad (MMM/MMMM) that needs checking (CTF
 * specification; docs/rules/rolls.md).
 *
 * @param pupil the child as the file describes them
 * @param source where the file came from, in words
 * @param lastSchool the last school the file names and the day the child left it, in words; empty when none
 */
public record LostPupilFileReceived(UUID childId, Ctf.Pupil pupil, boolean abroad, String source, String lastSchool,
        LocalDate on, RejoinUser by) implements ChildUnaccountedFor {

    @Override
    public String account() {
        return (abroad ? "Common Transfer File for a move abroad (MMM/MMMM) from "
                : "Lost pupil Common Transfer File (XXX/XXXX) from ") + source + lastSchool;
    }
}
