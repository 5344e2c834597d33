package org.rejoin.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A task, open or closed. */
public record Task(UUID id, String kind, String title, String rule, UUID childId, String subjectType, UUID subjectId,
        LocalDate dueOn, boolean urgent, UUID assignedTo, String assignedName, Instant createdAt, String createdBy,
        Instant closedAt, String closedBy, String outcome) {

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Open and due before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
