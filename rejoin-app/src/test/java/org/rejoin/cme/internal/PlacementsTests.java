package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.NewMilestone;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.Registration;

/** Where a child on a case is in education, from the registrations Rejoin holds (docs/rules/cme.md). */
class PlacementsTests {

    static final LocalDate TODAY = CaseFileTests.TODAY;

    /** The child on these schools' rolls today. */
    static List<Registration> onRoll(String... schools) {
        return Arrays.stream(schools).map(name -> new Registration(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                name, 1, EnrolmentStatus.SINGLE, TODAY.minusYears(1), null, null, 0)).toList();
    }

    @Test
    void theLastKnownPlacementIsTheLastOneLeftAndAChildStillOnARollIsNotOutOfProvision() {
        var child = UUID.randomUUID();
        var primary = new Registration(UUID.randomUUID(), child, UUID.randomUUID(), "Abbey Primary", 1,
                EnrolmentStatus.SINGLE, LocalDate.of(2020, 9, 2), LocalDate.of(2026, 7, 22), null, 0);
        var secondary = new Registration(UUID.randomUUID(), child, UUID.randomUUID(), "Kingsbridge Academy", 2,
                EnrolmentStatus.SINGLE, LocalDate.of(2026, 9, 3), null, null, 0);
        var inAugust = LocalDate.of(2026, 8, 12);
        assertThat(Placements.lastPlacement(List.of(primary, secondary), inAugust))
                .contains(new Placements.LastPlacement("Abbey Primary", LocalDate.of(2026, 7, 22)));
        assertThat(Placements.lastPlacement(List.of(primary, secondary), TODAY)).as("on the academy's roll: undated")
                .contains(new Placements.LastPlacement("Kingsbridge Academy", null));
        var leavingLater = new Registration(UUID.randomUUID(), child, UUID.randomUUID(), "Abbey Primary", 1,
                EnrolmentStatus.SINGLE, LocalDate.of(2020, 9, 2), TODAY.plusDays(5), null, 0);
        assertThat(Placements.lastPlacement(List.of(leavingLater), TODAY)).contains(new Placements.LastPlacement(
                "Abbey Primary", null));
        var left = new Registration(UUID.randomUUID(), child, UUID.randomUUID(), "Abbey Primary", 1,
                EnrolmentStatus.SINGLE, LocalDate.of(2020, 9, 2), TODAY.minusDays(30), null, 0);
        assertThat(Placements.lastPlacement(List.of(left), TODAY)).as("dated by the day the name was deleted")
                .contains(new Placements.LastPlacement("Abbey Primary", TODAY.minusDays(30)));
        assertThat(Placements.lastPlacement(List.of(), TODAY)).isEmpty();
    }

    @Test
    void thePlaceAChildEnteredIsARollRejoinHoldsThemOnOrOneTheSchoolConfirmed() {
        var entered = new NewMilestone(Milestone.PROVISION_ACCESSED, TODAY, null, null, "Kingsbridge Academy");
        assertThat(Placements.checkPlace(entered, onRoll("Abbey Primary School"))).as("still on another school's roll")
                .hasValueSatisfying(e -> {
                    assertThat(e.field()).isEqualTo("destination");
                    assertThat(e.message()).contains("on the roll of Abbey Primary School, not Kingsbridge Academy");
                });
        assertThat(Placements.checkPlace(entered, onRoll("KINGSBRIDGE ACADEMY"))).isEmpty();
        assertThat(Placements.checkPlace(entered, onRoll())).hasValueSatisfying(e -> assertThat(e.field())
                .isEqualTo("details"));
        assertThat(Placements.checkPlace(new NewMilestone(Milestone.PROVISION_ACCESSED, TODAY, "Confirmed by the head",
                null, "Kingsbridge Academy"), onRoll())).isEmpty();
        assertThat(Placements.checkPlace(new NewMilestone(Milestone.LOCATED, TODAY, null, null, null), onRoll()))
                .isEmpty();
    }
}
