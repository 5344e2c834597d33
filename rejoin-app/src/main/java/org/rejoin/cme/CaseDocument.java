package org.rejoin.cme;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a case; its bytes are fetched separately. */
public record CaseDocument(UUID id, String filename, String contentType, int sizeBytes, String description,
        Instant uploadedAt, String uploadedBy) {
}
