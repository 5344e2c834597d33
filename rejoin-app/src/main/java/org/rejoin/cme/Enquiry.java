package org.rejoin.cme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One check made to locate the child. */
public record Enquiry(UUID id, EnquiryCheck check, LocalDate checkedOn, EnquiryOutcome outcome, String notes,
        Instant recordedAt, String recordedBy) {
}
