package org.rejoin.rolls;

import java.util.List;
import java.util.UUID;

/**
 * Which pupils to put in a Common Transfer File, and where it goes.
 *
 * @param establishmentId the source: the establishment the pupils are or were at
 * @param destinationLa the receiving school's LA code; {@code XXX} for a lost pupil, {@code MMM} abroad
 * @param destinationEstab its establishment number; {@code XXXX} or {@code MMMM}
 */
public record CtfRequest(UUID establishmentId, List<UUID> childIds, String destinationLa, String destinationEstab) {
}
