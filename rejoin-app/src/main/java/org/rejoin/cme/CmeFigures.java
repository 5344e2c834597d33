package org.rejoin.cme;

import java.util.List;
import java.util.Map;

import org.rejoin.children.CharacteristicType;

/**
 * The manager's view of CME casework: the figures the CME statutory guidance asks an LA to keep track of.
 *
 * @param byStatus every case by its derived status, closed ones included
 * @param openByPupilGroup open cases by each current characteristic of the child (a child may count in several)
 * @param daysToProvisionMedian calendar days from referral to entering provision, over cases that got there; null when none
 * @param daysToProvision90th the 90th percentile of the same (nearest rank)
 * @param placed how many cases those figures are over
 * @param overdueByOfficer open tasks past their date, by the officer they are for
 * @param notLocatedOverFourWeeks open cases not located 28 days or more after they were identified
 */
public record CmeFigures(Map<CaseStatus, Long> byStatus, Map<CharacteristicType, Long> openByPupilGroup,
        Integer daysToProvisionMedian, Integer daysToProvision90th, int placed, Map<String, Long> overdueByOfficer,
        List<CaseSummary> notLocatedOverFourWeeks) {
}
