package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.rejoin.cme.CmeTargets.NewTargets;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

class TargetsCheckTests {

    @Test
    void targetsFromOneToAHundredSchoolDaysAreAccepted() {
        assertThatNoException().isThrownBy(() -> TargetsCheck.check(new NewTargets(20, 10, 15, 20)));
        assertThatNoException().isThrownBy(() -> TargetsCheck.check(new NewTargets(1, 1, 1, 1)));
        assertThatNoException().isThrownBy(() -> TargetsCheck.check(new NewTargets(100, 100, 100, 100)));
    }

    @Test
    void everyTargetOutOfRangeOrMissingIsNamedAtOnce() {
        assertThatThrownBy(() -> TargetsCheck.check(new NewTargets(0, null, 101, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("missingThreshold", "locateWithin", "provisionDeterminedWithin"));
    }

    @Test
    void theChildCannotBeDueInProvisionBeforeTheyAreDueToBeFound() {
        assertThatThrownBy(() -> TargetsCheck.check(new NewTargets(20, 10, 15, 5)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("inProvisionWithin"));
    }
}
