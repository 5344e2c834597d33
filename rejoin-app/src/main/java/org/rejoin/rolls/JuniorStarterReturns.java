package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.Optional;

import org.rejoin.access.RejoinUser;

/**
 * Whether the LA asks schools for new-pupil returns for pupils placed in their most junior class who
 * start on the first day of the school year (reg 13(2)-(3); docs/rules/rolls.md). Without a request no
 * such return is owed; with one, names entered after the day of the request are owed one.
 */
public interface JuniorStarterReturns {

    /** The day the LA asked; empty if it has not: anyone signed in. */
    Optional<LocalDate> requestedOn();

    /**
     * Records the LA's request from a day, or withdraws it (null): LA managers and administrators.
     *
     * @throws org.rejoin.platform.InvalidInputException for a day in the future
     */
    void request(LocalDate on, RejoinUser by);
}
