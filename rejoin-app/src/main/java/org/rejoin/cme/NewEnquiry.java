package org.rejoin.cme;

import java.time.LocalDate;

public record NewEnquiry(EnquiryCheck check, LocalDate checkedOn, EnquiryOutcome outcome, String notes) {
}
