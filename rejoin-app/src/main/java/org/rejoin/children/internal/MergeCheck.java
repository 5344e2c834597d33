package org.rejoin.children.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.NotFoundException;

/**
 * Whether one child's record may be merged into another's: with a reason, into a different record, both on the
 * register and neither already merged (a merged record's history is reached through the one it was merged into).
 * Pure: the records' states come in, locked, from the caller.
 */
final class MergeCheck {

    private MergeCheck() {
    }

    /** Throws naming what stops the merge; returns the trimmed reason when nothing does. */
    static String check(UUID survivorId, UUID mergedId, String reason, Map<UUID, Optional<UUID>> mergedIntoById) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Enter the reason for merging these records");
        }
        if (survivorId.equals(mergedId)) {
            throw new InvalidInputException("survivorId", "A record cannot be merged into itself");
        }
        for (UUID id : new UUID[] {survivorId, mergedId}) {
            if (!mergedIntoById.containsKey(id)) {
                throw new NotFoundException("No child " + id);
            }
        }
        if (mergedIntoById.values().stream().anyMatch(Optional::isPresent)) {
            throw new InvalidInputException("mergedId", "One of these records has already been merged into another");
        }
        return reason.trim();
    }
}
