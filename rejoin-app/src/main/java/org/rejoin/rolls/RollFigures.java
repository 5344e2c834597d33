package org.rejoin.rolls;

import java.time.LocalDate;
import java.util.List;

/**
 * An establishment's roll at a glance, as the establishment page shows it (ADR 13).
 *
 * @param termStart the first day of the current term; null without term dates (then no term counts)
 * @param lastSnapshotOn the day of the last roll snapshot; null when none was sent
 * @param ctfDue leavers whose Common Transfer File has not gone yet
 */
public record RollFigures(int onRoll, LocalDate termStart, long joinersThisTerm, long leaversThisTerm,
        long lateReturns, LocalDate lastSnapshotOn, long missingFromLastSnapshot, List<CtfExport.Due> ctfDue) {

    public RollFigures {
        ctfDue = List.copyOf(ctfDue);
    }

    public long ctfAwaiting() {
        return ctfDue.size();
    }

    /** Of the leavers waiting for their CTF, those past 15 school days since leaving (docs/rules/rolls.md). */
    public long ctfOverdue() {
        return ctfDue.stream().filter(CtfExport.Due::overdue).count();
    }
}
