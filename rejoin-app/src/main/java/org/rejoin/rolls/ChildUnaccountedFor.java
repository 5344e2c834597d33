package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A fact of the rolls that leaves a child's education unaccounted for: the LA must find out where
 * they are (Education Act 1996 s436A; docs/rules/rolls.md). Published in the transaction that
 * found it; a module that keeps the LA's intake reacts to it.
 */
public sealed interface ChildUnaccountedFor permits ChildLeftRollWithoutDestination, DeletionHeldForLaEnquiries,
        PupilMissingFromSnapshot, NoSecondaryPlaceFound, LostPupilFileReceived {

    /** The child in the register. */
    UUID childId();

    /** The day it was found. */
    LocalDate on();

    /**
     * The day the fact is about, on which a child's compulsory school age is reckoned: the day of a
     * deletion (asked for or made), or the day it was found.
     */
    default LocalDate asOf() {
        return on();
    }

    /** Who acted: the user whose action found it, or Rejoin itself. */
    RejoinUser by();

    /** What happened, in a sentence for the officer who reads it. */
    String account();
}
