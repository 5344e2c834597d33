package org.rejoin.rolls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An exported Common Transfer File, ready to download.
 *
 * @param fileName {@code LLLEEEE_CTF_LLLEEEE_nnn.XML}, or a ZIP of several such files
 * @param files the CTF file names inside
 * @param late pupils whose file went more than 15 school days after they left (docs/rules/rolls.md)
 * @param lateUnknown pupils for whom that cannot be told: the term dates of the year they left are missing
 */
public record CtfExport(String fileName, String contentType, byte[] content, List<String> files, int pupils,
        int late, int lateUnknown) {

    /** The subject type of the task a file opens when its lateness cannot be told (term dates missing). */
    public static final String TASK_SUBJECT = "CTF_EXPORT";

    /**
     * A leaver whose Common Transfer File has not gone yet (docs/rules/rolls.md: within 15 school days of leaving).
     *
     * @param dueBy the last day it is on time; null when term dates are missing
     * @param destinationLa where the deletion return says the child went, as a CTF names it; null when it does not say
     */
    public record Due(UUID childId, String childName, UUID establishmentId, String establishmentName,
            java.time.LocalDate leftOn, java.time.LocalDate dueBy, boolean overdue, String destinationLa,
            String destinationEstab) {
    }

    /** A file an establishment exported; {@code lateUnknown} pupils' lateness could not be told (term dates missing). */
    public record Sent(UUID id, String fileName, String destination, Instant exportedAt, String exportedBy, int pupils,
            int late, int lateUnknown) {
    }
}
