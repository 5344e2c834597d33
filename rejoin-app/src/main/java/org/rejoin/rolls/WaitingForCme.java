package org.rejoin.rolls;

import java.util.UUID;

/**
 * Whether a child is already waiting for the CME team's decision, asked of the module that keeps
 * the CME intake: a lost pupil's file for such a child adds its reason to what the team has, so
 * the import does not say it referred them. An extension point, so that rolls need not know that
 * module.
 */
public interface WaitingForCme {

    boolean isWaiting(UUID childId);
}
