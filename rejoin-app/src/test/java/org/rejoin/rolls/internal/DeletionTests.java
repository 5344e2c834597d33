package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.Registration;

/** Each reg 9(1) ground's own rule, and which deletions leave a child unaccounted for, without a database. */
class DeletionTests {

    static final UUID SCHOOL = UUID.randomUUID();
    static final UUID OTHER_SCHOOL = UUID.randomUUID();
    static final LocalDate JOINED = LocalDate.of(2024, 9, 4);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Registration REGISTRATION = new Registration(UUID.randomUUID(), UUID.randomUUID(), SCHOOL, "Abbey Primary",
            100001, EnrolmentStatus.SINGLE, JOINED, null, null, 0);

    static NewDeletion deletion(DeletionGround ground, Destination destination) {
        return new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, ground, destination, null, null, null, null, null,
                null);
    }

    static List<String> fields(NewDeletion d) {
        try {
            new Deletion(d, REGISTRATION).check(TODAY, id -> id.equals(OTHER_SCHOOL) || id.equals(SCHOOL));
            return List.of();
        }
        catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
    }

    @Test
    void groundIWaitsForTheJointEnquiriesOfTheSchoolAndTheLa() {
        assertThat(fields(deletion(DeletionGround.CONTINUOUS_ABSENCE_20_DAYS, Destination.UNKNOWN)))
                .containsExactly("jointEnquiries");
        var enquired = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, "Home visit, neighbours", TODAY.plusDays(1), null, null);
        assertThat(fields(enquired)).containsExactly("jointEnquiriesOn");
    }

    @Test
    void groundFNeedsTheParentsWrittenNoticeAndHomeEducation() {
        assertThat(fields(deletion(DeletionGround.HOME_EDUCATION, Destination.UNKNOWN)))
                .containsExactly("parentNoticeOn", "destination");
    }

    @Test
    void groundOWaitsUntilTheReviewOrAppealIsOver() {
        var pending = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.PERMANENT_EXCLUSION,
                Destination.UNKNOWN, null, null, null, null, null, ExclusionReview.PENDING);
        assertThat(fields(pending)).containsExactly("exclusionReview");
        assertThat(fields(deletion(DeletionGround.PERMANENT_EXCLUSION, Destination.UNKNOWN))).containsExactly("exclusionReview");
    }

    @Test
    void groundANamesTheOtherSchoolWhichIsNotThisOne() {
        assertThat(fields(deletion(DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.ABROAD)))
                .containsExactly("destination");
        var here = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL,
                Destination.SCHOOL_IN_LA, SCHOOL, null, null, null, null, null);
        assertThat(fields(here)).containsExactly("destinationEstablishment");
        var there = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL,
                Destination.SCHOOL_IN_LA, OTHER_SCHOOL, null, null, null, null, null);
        assertThat(fields(there)).isEmpty();
        assertThat(fields(deletion(DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.OTHER_LA)))
                .containsExactly("destinationDetail");
    }

    @Test
    void aDeletionIsDatedBetweenJoiningAndToday() {
        var early = new NewDeletion(SCHOOL, REGISTRATION.childId(), JOINED.minusDays(1), DeletionGround.DEATH,
                Destination.NOT_APPLICABLE, null, null, null, null, null, null);
        assertThat(fields(early)).containsExactly("leftOn");
        assertThat(fields(new NewDeletion(SCHOOL, REGISTRATION.childId(), null, null, null, null, null, null, null,
                null, null))).containsExactly("leftOn", "ground", "destination");
    }

    @Test
    void anUnknownDestinationOrGroundHOrILeavesTheChildUnaccountedFor() {
        assertThat(new Deletion(deletion(DeletionGround.DEATH, Destination.UNKNOWN), REGISTRATION)
                .leavesChildUnaccountedFor()).isTrue();
        assertThat(new Deletion(deletion(DeletionGround.DID_NOT_RETURN_AFTER_LEAVE, Destination.ABROAD), REGISTRATION)
                .leavesChildUnaccountedFor()).isTrue();
        assertThat(new Deletion(deletion(DeletionGround.NO_LONGER_LIVES_NEARBY, Destination.OTHER_LA), REGISTRATION)
                .leavesChildUnaccountedFor()).isFalse();
    }
}
