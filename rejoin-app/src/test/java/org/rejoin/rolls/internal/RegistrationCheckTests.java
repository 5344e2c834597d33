package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.Problems.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registration;

/** A registration recorded by hand, and the one overlap allowed: a main and a subsidiary dual registration. */
class RegistrationCheckTests {

    static final UUID CHILD = UUID.randomUUID();
    static final UUID ABBEY = UUID.randomUUID();
    static final UUID PRU = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static Registration held(UUID school, EnrolmentStatus status) {
        return new Registration(UUID.randomUUID(), CHILD, school, "School", 1, status, LocalDate.of(2025, 9, 3), null,
                null, 0);
    }

    @Test
    void aDualRegistrationMayOverlapItsOtherHalfAndNothingElse() {
        var subsidiary = new NewRegistration(CHILD, PRU, EnrolmentStatus.SUBSIDIARY_DUAL, TODAY, null, null);
        assertThat(RegistrationCheck.overlap(subsidiary, List.of(held(ABBEY, EnrolmentStatus.MAIN_DUAL)))).isEmpty();
        assertThat(RegistrationCheck.overlap(subsidiary, List.of(held(ABBEY, EnrolmentStatus.SINGLE)))).isPresent();
        assertThat(RegistrationCheck.overlap(subsidiary, List.of(held(PRU, EnrolmentStatus.MAIN_DUAL))).get().message())
                .contains("already registered at this establishment");
    }

    @Test
    void anEndNeedsItsGroundAndEveryProblemIsNamed() {
        assertThat(fields(() -> RegistrationCheck.check(new NewRegistration(CHILD, ABBEY, null, TODAY.plusYears(2),
                TODAY, null), false, TODAY, List.of())))
                .containsExactly("establishmentId", "enrolmentStatus", "startsOn", "endsOn", "deletionGround");
        RegistrationCheck.check(new NewRegistration(CHILD, ABBEY, EnrolmentStatus.SINGLE, TODAY.minusYears(1), TODAY,
                DeletionGround.DEATH), true, TODAY, List.of());
    }
}
