package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deletion return: the school deleted the child's name from its admission register.
 *
 * @param destinationEstablishment for {@link Destination#SCHOOL_IN_LA}, the school
 * @param destinationDetail for {@link Destination#OTHER_LA} the LA (and school if known); abroad, the country
 * @param jointEnquiries for ground (i), the enquiries the school and LA made together
 * @param parentNoticeOn for ground (f), the date of the parent's written notice
 * @param exclusionReview for ground (o), where the review or appeal stands
 */
public record NewDeletion(UUID establishmentId, UUID childId, LocalDate leftOn, DeletionGround ground,
        Destination destination, UUID destinationEstablishment, String destinationDetail, String jointEnquiries,
        LocalDate jointEnquiriesOn, LocalDate parentNoticeOn, ExclusionReview exclusionReview) {
}
