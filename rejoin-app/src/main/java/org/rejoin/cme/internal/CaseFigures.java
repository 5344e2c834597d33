package org.rejoin.cme.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.children.CharacteristicType;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.Milestone;

/** The managers' figures over a set of cases: pure functions of the cases, their children and the day. */
final class CaseFigures {

    private CaseFigures() {
    }

    /** Every case by its status, each status present (zero when none). */
    static Map<CaseStatus, Long> byStatus(List<CmeCase> cases) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        cases.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        return byStatus;
    }

    /** Open cases by each current characteristic of their child: a child may count in several groups. */
    static Map<CharacteristicType, Long> byPupilGroup(Map<UUID, Set<CharacteristicType>> characteristics) {
        Map<CharacteristicType, Long> byGroup = new EnumMap<>(CharacteristicType.class);
        characteristics.values().forEach(types -> types.forEach(t -> byGroup.merge(t, 1L, Long::sum)));
        return byGroup;
    }

    /** Calendar days from referral to entering provision, for each case that got there, shortest first. */
    static List<Long> daysToProvision(List<CmeCase> cases) {
        var days = new ArrayList<Long>();
        for (var c : cases) {
            c.milestones().stream().filter(m -> m.milestone() == Milestone.PROVISION_ACCESSED).findFirst()
                    .ifPresent(m -> days.add(ChronoUnit.DAYS.between(c.dateReferred(), m.occurredOn())));
        }
        days.sort(null);
        return days;
    }

    /** Open cases not located four weeks or more after they were identified (or reopened). */
    static List<CmeCase> notLocatedForFourWeeks(List<CmeCase> open, LocalDate today) {
        return open.stream().filter(c -> c.status() == CaseStatus.NOT_LOCATED
                && !c.currentCycle().get(0).occurredOn().isAfter(today.minusWeeks(4))).toList();
    }

    /** The nearest-rank percentile, or null for no values. */
    static Integer percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)).intValue();
    }
}
