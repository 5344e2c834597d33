package org.rejoin.rolls;

import java.time.LocalDate;

/**
 * The LA's part of the joint enquiries a deletion under reg 9(1)(h) or (i) needs (School Attendance
 * (Pupil Registration) (England) Regulations 2024; docs/rules/rolls.md): what the LA checked, when,
 * and whether it found where the child is.
 */
public record LaEnquiries(String checked, LocalDate on, Outcome outcome) {

    /** Whether the LA found where the child is: if it did, the ground is not met. */
    public enum Outcome {
        NOT_LOCATED,
        LOCATED
    }
}
