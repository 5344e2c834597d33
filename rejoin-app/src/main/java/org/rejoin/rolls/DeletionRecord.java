package org.rejoin.rolls;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deletion return as the LA weighs it: the return, the absence it rests on and whether the register
 * Rejoin holds shows it, and both parts of the joint enquiries.
 *
 * @param proposedOn the date the school gave; the return's {@code effectiveOn} is the day the name left the roll
 *     once accepted (the school's date, or the end of the LA's enquiries if later)
 * @param marksVerified for grounds (h) and (i): true when the marks show the absence, false when it is the school's word
 * @param evidence what the register showed, in a sentence
 * @param laRecordedBy who recorded the LA's part, null until then
 */
public record DeletionRecord(RollReturn rollReturn, LocalDate proposedOn, String schoolEnquiries, LocalDate schoolEnquiriesOn,
        LocalDate absentFrom, LocalDate leaveFrom, LocalDate leaveTo, Boolean marksVerified, String evidence,
        LaEnquiries laEnquiries, String laRecordedBy, Instant laRecordedAt) {

    /** Grounds (h) and (i) rest on the joint enquiries of the school and the LA. */
    public boolean needsJointEnquiries() {
        return rollReturn.ground() == DeletionGround.DID_NOT_RETURN_AFTER_LEAVE
                || rollReturn.ground() == DeletionGround.CONTINUOUS_ABSENCE_20_DAYS;
    }

    /** Whether the LA's part is still to be recorded. */
    public boolean waitsForLa() {
        return rollReturn.status() == DeletionStatus.PENDING_LA;
    }
}
