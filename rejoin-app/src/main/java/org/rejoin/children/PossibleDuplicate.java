package org.rejoin.children;

import java.util.List;

import org.rejoin.linkage.Band;
import org.rejoin.linkage.Explanation;

/**
 * A child already in the register who may be the one being recorded: the matching engine's
 * explanation (each field's two values, its level in plain words and weight, the total, the
 * probability, guards and blocking rule), and any plain reasons such as a UPN already in use.
 *
 * @param explanation null when only a shared UPN connects them
 */
public record PossibleDuplicate(ChildSummary child, Explanation explanation, List<String> reasons) {

    /** The engine's band, or review when only a shared UPN connects them. */
    public Band band() {
        return explanation == null ? Band.REVIEW : explanation.band();
    }

    public boolean isMatch() {
        return band() == Band.MATCH;
    }
}
