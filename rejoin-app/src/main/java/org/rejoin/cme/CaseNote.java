package org.rejoin.cme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case note, or a contact with the family.
 *
 * @param kind {@code NOTE} or {@code CONTACT}
 * @param contactWith for a contact, who (the mother, the child)
 * @param method for a contact, how (phone, visit, letter, email)
 */
public record CaseNote(UUID id, String kind, LocalDate occurredOn, String contactWith, String method, String text,
        Instant recordedAt, String recordedBy) {
}
