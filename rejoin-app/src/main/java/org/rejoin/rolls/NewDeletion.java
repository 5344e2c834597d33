package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deletion return: the school deleted the child's name from its admission register, or, under a
 * ground that needs the LA's enquiries too, asks to once the LA has made them.
 *
 * @param destinationEstablishment for {@link Destination#SCHOOL_IN_LA}, the school
 * @param destinationDetail for {@link Destination#OTHER_LA} the LA (and school if known); abroad, the country
 * @param schoolEnquiries for grounds (h) and (i), the school's part of the joint enquiries: what it did to find the child
 * @param schoolEnquiriesOn when the school's enquiries ended
 * @param laEnquiries for grounds (h) and (i), the LA's part, which only LA staff record; without it the deletion waits
 * @param absentFrom for ground (i), the first day of the continuous absence, as the school's register shows it
 * @param leaveFrom for ground (h), the first day of the leave of absence
 * @param leaveTo for ground (h), the last day of the leave of absence
 * @param parentNoticeOn for ground (f), the date of the parent's written notice
 * @param exclusionReview for ground (o), where the review or appeal stands
 */
public record NewDeletion(UUID establishmentId, UUID childId, LocalDate leftOn, DeletionGround ground,
        Destination destination, UUID destinationEstablishment, String destinationDetail, String schoolEnquiries,
        LocalDate schoolEnquiriesOn, LaEnquiries laEnquiries, LocalDate absentFrom, LocalDate leaveFrom, LocalDate leaveTo,
        LocalDate parentNoticeOn, ExclusionReview exclusionReview) {
}
