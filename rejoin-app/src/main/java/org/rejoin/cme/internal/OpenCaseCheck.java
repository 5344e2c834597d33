package org.rejoin.cme.internal;

import java.util.UUID;

import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.MilestoneEntry;
import org.rejoin.referrals.OpenCases;

import org.springframework.stereotype.Component;

/** A child is on an open CME case when one of their cases has not closed. */
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
}
