package org.rejoin.children.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.NotFoundException;

/** When one child's record may be merged into another's. */
class MergeCheckTests {

    private static final UUID KEPT = UUID.randomUUID();
    private static final UUID MERGED = UUID.randomUUID();
    private static final Map<UUID, Optional<UUID>> NEITHER_MERGED = Map.of(KEPT, Optional.empty(), MERGED, Optional.empty());

    @Test
    void twoUnmergedRecordsMayBeMergedWithAReason() {
        assertThat(MergeCheck.check(KEPT, MERGED, "  Same child: same UPN and birth date ", NEITHER_MERGED))
                .isEqualTo("Same child: same UPN and birth date");
    }

    @Test
    void aMergeNeedsAReason() {
        assertThatThrownBy(() -> MergeCheck.check(KEPT, MERGED, " ", NEITHER_MERGED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void aRecordCannotBeMergedIntoItself() {
        assertThatThrownBy(() -> MergeCheck.check(KEPT, KEPT, "same", Map.of(KEPT, Optional.empty())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("itself");
    }

    @Test
    void aRecordNotOnTheRegisterIsNamed() {
        assertThatThrownBy(() -> MergeCheck.check(KEPT, MERGED, "same", Map.of(KEPT, Optional.empty())))
                .isInstanceOf(NotFoundException.class).hasMessage("No child " + MERGED);
    }

    @Test
    void aRecordAlreadyMergedCannotBeMergedAgain() {
        var states = Map.of(KEPT, Optional.<UUID>empty(), MERGED, Optional.of(UUID.randomUUID()));

        assertThatThrownBy(() -> MergeCheck.check(KEPT, MERGED, "same", states)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already been merged");
    }
}
