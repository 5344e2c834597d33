package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.UUID;

import org.rejoin.children.ChildDetails;

/**
 * A new-pupil return: the school entered the child's name on its admission register.
 *
 * @param child who the child is, as the school knows them: matched against the register, never duplicated
 * @param startsOn the date the name was entered
 */
public record NewJoiner(UUID establishmentId, ChildDetails child, EnrolmentStatus enrolmentStatus, LocalDate startsOn) {
}
