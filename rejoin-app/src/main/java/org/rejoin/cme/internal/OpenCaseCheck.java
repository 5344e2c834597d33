package org.rejoin.cme.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.MilestoneEntry;
import org.rejoin.referrals.OpenCases;

import org.springframework.stereotype.Component;

/**
 * A child is on an open CME case when one of their cases has not closed; and where the case a
 * referral opened stands, for its referrer.
 */
@Component
class OpenCaseCheck implements OpenCases {

    private final JdbcCaseRows rows;

    OpenCaseCheck(JdbcCaseRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean hasOpenCase(UUID childId) {
        var cases = rows.forChild(childId).stream().map(JdbcCaseRows.CaseRow::id).toList();
        return !cases.isEmpty() && rows.milestones(cases).values().stream()
                .anyMatch(m -> CaseStatus.of(m.stream().map(MilestoneEntry::milestone).toList()) != CaseStatus.CLOSED);
    }

    @Override
    public Map<UUID, String> progress(Collection<UUID> referralIds) {
        var result = new HashMap<UUID, String>();
        if (referralIds.isEmpty()) {
            return result;
        }
        var cases = rows.forReferrals(referralIds);
        var milestones = rows.milestones(cases.stream().map(JdbcCaseRows.CaseRow::id).toList());
        for (var c : cases) {
            var entries = milestones.getOrDefault(c.id(), List.of());
            var status = CaseStatus.of(entries.stream().map(MilestoneEntry::milestone).toList());
            var closure = entries.stream().filter(m -> m.outcome() != null).reduce((a, b) -> b);
            result.put(c.referralId(), status == CaseStatus.CLOSED && closure.isPresent()
                    ? "CLOSED_" + closure.get().outcome().name() : "CASE_" + status.name());
        }
        return result;
    }
}
