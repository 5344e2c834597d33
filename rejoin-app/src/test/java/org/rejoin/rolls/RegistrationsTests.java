package org.rejoin.rolls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;

/** Registrations (Pupil Registration Regulations 2024): only a dual registration may overlap; every end has its ground. */
@IntegrationTest
class RegistrationsTests {

    static final LocalDate START = LocalDate.of(2025, 9, 3);

    @Autowired
    Registrations registrations;

    @Autowired
    ChildRegister register;

    @Autowired
    TestUsers users;

    private UUID newChild(String forename) {
        return users.as("cme.officer", () -> register.create(TestUsers.child(forename, "Istration", LocalDate.of(2012, 1, 1), null),
                true, users.user("cme.officer")).id());
    }

    private Registration record(UUID child, int urn, EnrolmentStatus status, LocalDate from, LocalDate to,
            DeletionGround ground) {
        return users.as("cme.officer", () -> registrations.record(new NewRegistration(child, users.establishment(urn),
                status, from, to, ground), users.user("cme.officer")));
    }

    @Test
    void aMainAndASubsidiaryDualRegistrationMayRunTogether() {
        UUID child = newChild("Dual");
        record(child, TestUsers.KINGSBRIDGE_ACADEMY, EnrolmentStatus.MAIN_DUAL, START, null, null);
        record(child, 990059, EnrolmentStatus.SUBSIDIARY_DUAL, START.plusDays(30), null, null);
        var all = users.as("admin", () -> registrations.forChild(child, users.user("admin")));
        assertThat(all).hasSize(2).allMatch(r -> r.isCurrentOn(START.plusDays(40)));
    }

    @Test
    void twoSingleRegistrationsMayNotOverlap() {
        UUID child = newChild("Overlap");
        record(child, TestUsers.KINGSBRIDGE_ACADEMY, EnrolmentStatus.SINGLE, START, null, null);
        assertThatThrownBy(() -> record(child, 990046, EnrolmentStatus.SINGLE, START.plusDays(10), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message())
                        .startsWith("The child is registered elsewhere for some of these dates"));
    }

    @Test
    void aNameDeletedOnTheDayAnotherSchoolEntersItIsNoOverlap() {
        // The name is off the first roll on its deletion date: the second school's roll has the child from then.
        UUID child = newChild("Handover");
        record(child, 990046, EnrolmentStatus.SINGLE, START.plusDays(20), null, null);
        var first = record(child, TestUsers.KINGSBRIDGE_ACADEMY, EnrolmentStatus.SINGLE, START, START.plusDays(20),
                DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL);
        assertThat(first.isCurrentOn(START.plusDays(19))).isTrue();
        assertThat(first.isCurrentOn(START.plusDays(20))).isFalse();
    }

    @Test
    void anEndWithoutItsReg9GroundIsRefused() {
        UUID child = newChild("Ground");
        assertThatThrownBy(() -> record(child, TestUsers.KINGSBRIDGE_ACADEMY, EnrolmentStatus.SINGLE, START,
                START.plusDays(100), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("deletionGround"));
        var ended = record(child, TestUsers.KINGSBRIDGE_ACADEMY, EnrolmentStatus.SINGLE, START, START.plusDays(100),
                DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL);
        assertThat(ended.deletionGround().paragraph()).isEqualTo('a');
    }
}
