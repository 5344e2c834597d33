package org.rejoin.rolls;

import java.time.LocalDate;

/**
 * An establishment's roll at a glance (issue 5 "Establishment page").
 *
 * @param termStart the first day of the current term; null without term dates (then no term counts)
 * @param lastSnapshotOn the day of the last roll snapshot; null when none was sent
 * @param ctfAwaiting leavers whose Common Transfer File has not gone yet
 * @param ctfOverdue of those, the ones past 15 school days since leaving (RULES.md 3)
 */
public record RollFigures(int onRoll, LocalDate termStart, long joinersThisTerm, long leaversThisTerm,
        long lateReturns, LocalDate lastSnapshotOn, long missingFromLastSnapshot, long ctfAwaiting, long ctfOverdue) {
}
