package org.rejoin.tasks;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task to open.
 *
 * @param kind what kind of work, stable, for closing it by kind later ({@code NOTIFY_SOCIAL_CARE})
 * @param title what to do, in words
 * @param rule where the deadline comes from, in words a user understands, such as "Children missing
 *        education statutory guidance: at once, before any other step" or "Local policy, not statute: ..."
 * @param subjectType the owning module's kind of record ({@code REFERRAL}, {@code CME_CASE})
 * @param assignedTo a user, or null for the CME officers' shared queue
 */
public record NewTask(String kind, String title, String rule, UUID childId, String subjectType, UUID subjectId,
        LocalDate dueOn, boolean urgent, UUID assignedTo) {
}
