package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.Sex;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.Movements;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** docs/rules/rolls.md: a Year 6 pupil with no secondary registration by the autumn term is found, and referred once. */
@IntegrationTest
class TransitionCheckTests {

    @Autowired
    TransitionCheck transitions;

    @Autowired
    ChildRegister register;

    @Autowired
    Registrations registrations;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYear6LeaverWithNoSecondarySchoolIsReferredOnceAndNoLongerListedWhenPlaced() {
        var officer = users.user("cme.officer");
        // An autumn term whose first month is over by the suite's day: Year 6 ended in the July before it.
        int year = TestClock.TODAY.getMonthValue() >= 10 ? TestClock.TODAY.getYear() : TestClock.TODAY.getYear() - 1;
        UUID child = users.as("cme.officer", () -> register.create(new ChildDetails("Hollis", null, "Penderwick", null,
                null, LocalDate.of(year - 11, 3, 10), false, Sex.MALE, null, null, null, null, List.of(), List.of(),
                List.of()), true, officer)).id();
        users.as("cme.officer", () -> registrations.record(new NewRegistration(child,
                users.establishment(TestUsers.ABBEY_PRIMARY), EnrolmentStatus.SINGLE, LocalDate.of(year - 7, 9, 4),
                LocalDate.of(year, 7, 22), DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL), officer));
        LocalDate termStarted = LocalDate.of(year, 9, 10);

        assertThat(transitions.unplaced(LocalDate.of(year, 8, 20))).as("not before the autumn term").isEmpty();
        assertThat(transitions.unplaced(termStarted)).extracting(Movements.Leaver::childId).contains(child);
        transitions.refer(termStarted);
        transitions.refer(termStarted.plusDays(1));
        assertThat(transitions.stillUnplaced(termStarted)).as("the movements page's list").extracting(Movements.Leaver::childId)
                .contains(child);
        assertThat(jdbc.sql("select count(*) from referral where child_id = ? and route = 'EVENT'").param(child)
                .query(Long.class).single()).as("once a year").isEqualTo(1);

        users.as("cme.officer", () -> registrations.record(new NewRegistration(child,
                users.establishment(TestUsers.KINGSBRIDGE_ACADEMY), EnrolmentStatus.SINGLE, LocalDate.of(year, 9, 14),
                null, null), officer));
        assertThat(transitions.unplaced(LocalDate.of(year, 9, 20))).extracting(Movements.Leaver::childId)
                .doesNotContain(child);
        assertThat(transitions.stillUnplaced(LocalDate.of(year, 9, 20))).extracting(Movements.Leaver::childId)
                .doesNotContain(child);
    }
}
