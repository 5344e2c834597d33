package org.rejoin.rolls;

import java.util.List;

import org.rejoin.organisations.ImportReport.RowReject;

/**
 * Every roll in the LA reconciled at once against one LA-wide snapshot (ADR 13).
 *
 * @param snapshots one per establishment in the file, most to act on first
 * @param referred pupils missing from a roll, referred to the CME team (or added to their waiting referral), once each
 * @param leftOut establishments with pupils in Rejoin but no row in the file: not reconciled
 * @param rejects rows that could not be read, or name an establishment Rejoin does not know
 */
public record LaSnapshot(int pupils, int matched, long newPupils, long missing, long changed, int referred,
        List<Snapshot> snapshots, List<java.util.UUID> leftOut, List<RowReject> rejects) {
}
