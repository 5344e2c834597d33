package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildMatcher.BatchMatch;
import org.rejoin.children.ChildSummary;
import org.rejoin.rolls.Snapshot;

/** A school's roll as it sends it, compared with the roll Rejoin holds, without a database. */
class RollComparisonTests {

    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID AMY = UUID.randomUUID();
    static final UUID BEN = UUID.randomUUID();
    static final UUID CAL = UUID.randomUUID();
    static final LocalDate BORN = LocalDate.of(2015, 3, 1);

    static RollComparison.Row row(String forename, String surname) {
        return new RollComparison.Row(TestUsers.child(forename, surname, BORN, null), SCHOOL);
    }

    static ChildSummary held(UUID id, String forename, String surname, LocalDate born) {
        return new ChildSummary(id, forename, surname, null, born, null, null, null, false);
    }

    @Test
    void aPupilOnTheRollIsMatchedOneInTheRegisterIsNewAndOneNotInTheFileIsMissing() {
        // Amy and Ben are on the roll in Rejoin; the file has Amy (her date of birth differs) and Dee, whom
        // the engine knows as Cal; Ben is not in the file.
        var comparison = new RollComparison(List.of(SCHOOL), Map.of(SCHOOL, Map.of(AMY, 1, BEN, 2)));
        var rows = List.of(row("Amy", "Hallow"), row("Dee", "Morrow"));
        var matches = List.of(new BatchMatch(AMY, List.of()), new BatchMatch(CAL, List.of()));
        var resolved = comparison.resolve(rows, matches);
        assertThat(resolved).containsExactly(AMY, CAL);
        assertThat(comparison.children(resolved)).containsExactlyInAnyOrder(AMY, BEN, CAL);
        comparison.compare(rows, resolved, matches, Map.of(AMY, held(AMY, "Amy", "Hallow", BORN.plusDays(1)),
                BEN, held(BEN, "Ben", "Kerr", BORN)));
        assertThat(comparison.items(SCHOOL)).extracting(Snapshot.Item::kind, Snapshot.Item::childId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CHANGED", AMY),
                        org.assertj.core.groups.Tuple.tuple("NEW", CAL), org.assertj.core.groups.Tuple.tuple("MISSING", BEN));
        assertThat(comparison.pupils(SCHOOL)).isEqualTo(2);
        assertThat(comparison.matched(SCHOOL)).isEqualTo(1);
        assertThat(comparison.missing()).containsExactly(Map.entry(BEN, SCHOOL));
        assertThat(comparison.joined()).containsExactly(new RollComparison.Joined(CAL, SCHOOL));
    }

    @Test
    void aPossibleMatchOnThisVeryRollClaimedByNoOtherRowIsThatPupil() {
        var comparison = new RollComparison(List.of(SCHOOL), Map.of(SCHOOL, Map.of(AMY, 1, BEN, 2)));
        var rows = List.of(row("Amy", "Hallow"), row("Amie", "Hallow"), row("Ben", "Kerr"));
        var matches = List.of(new BatchMatch(AMY, List.of()), new BatchMatch(null, List.of(AMY, CAL)),
                new BatchMatch(null, List.of(BEN, CAL)));
        // Amy is claimed by the first row; the second row's only other candidate is not on this roll.
        assertThat(comparison.resolve(rows, matches)).containsExactly(AMY, null, BEN);
    }

    @Test
    void onlyTheDetailsThatDifferAreNamed() {
        var row = TestUsers.child("Amy", "Hallow", BORN, null);
        assertThat(RollComparison.changes(row, held(AMY, "Amy", "hallow", BORN))).isEmpty();
        assertThat(RollComparison.changes(row, held(AMY, "Amy", "Marsh", BORN)))
                .isEqualTo("surname Marsh in Rejoin, Hallow in the snapshot");
        assertThat(RollComparison.changes(row, null)).isEmpty();
    }
}
