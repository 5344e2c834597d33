package org.rejoin.rolls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A Common Transfer File as imported, with what became of each pupil. */
public record CtfImport(UUID id, String fileName, Ctf.Header header, Instant importedAt, String importedBy,
        List<Pupil> pupils, List<String> passedOver) {

    /**
     * @param outcome {@code MATCHED} (a child the register knew) or {@code ADDED}
     * @param detail what the file added to the record, and where it differs from it
     */
    public record Pupil(UUID childId, String name, String outcome, String detail) {
    }

    public long count(String outcome) {
        return pupils.stream().filter(p -> p.outcome().equals(outcome)).count();
    }
}
