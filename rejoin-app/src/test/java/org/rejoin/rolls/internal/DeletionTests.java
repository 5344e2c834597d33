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
import org.rejoin.rolls.LaEnquiries;
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
        return new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, ground, destination, null, null, null, null, null, null, null, null, null,
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
                .containsExactly("schoolEnquiries");
        var enquired = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, "Home visit, neighbours", TODAY.plusDays(1), null, null, null, null, null, null);
        assertThat(fields(enquired)).containsExactly("schoolEnquiriesOn");
        var schoolsPart = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, "Home visit, neighbours", TODAY, null, null, null, null, null, null);
        assertThat(new Deletion(schoolsPart, REGISTRATION).waitsForLa()).as("until the LA records its part").isTrue();
        var halfTheLasPart = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.CONTINUOUS_ABSENCE_20_DAYS,
                Destination.UNKNOWN, null, null, "Home visit, neighbours", TODAY, new LaEnquiries(" ", null, null), null, null,
                null, null, null);
        assertThat(fields(halfTheLasPart)).containsExactly("laChecked", "laOn", "laOutcome");
        assertThat(new Deletion(deletion(DeletionGround.DEATH, Destination.NOT_APPLICABLE), REGISTRATION).waitsForLa())
                .isFalse();
        assertThat(fields(new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.DEATH,
                Destination.NOT_APPLICABLE, null, null, null, null, new LaEnquiries("Checked", TODAY,
                        LaEnquiries.Outcome.NOT_LOCATED), null, null, null, null, null)))
                .as("only (h) and (i) have the LA's part").containsExactly("laChecked");
    }

    @Test
    void groundHNeedsTheLeaveWhichEndedBeforeTheDeletion() {
        assertThat(fields(deletion(DeletionGround.DID_NOT_RETURN_AFTER_LEAVE, Destination.UNKNOWN)))
                .containsExactly("leaveFrom", "schoolEnquiries");
        var stillOnLeave = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.DID_NOT_RETURN_AFTER_LEAVE,
                Destination.UNKNOWN, null, null, "Calls", TODAY, null, null, TODAY.minusDays(10), TODAY, null, null);
        assertThat(fields(stillOnLeave)).containsExactly("leaveTo");
        var backwards = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.DID_NOT_RETURN_AFTER_LEAVE,
                Destination.UNKNOWN, null, null, "Calls", TODAY, null, null, TODAY.minusDays(10), TODAY.minusDays(20), null,
                null);
        assertThat(fields(backwards)).containsExactly("leaveTo");
    }

    @Test
    void theNameLeavesTheRollWhenBothHaveFailedToFindTheChild() {
        var la = new LaEnquiries("Council tax, GP, police", TODAY.plusDays(3), LaEnquiries.Outcome.NOT_LOCATED);
        assertThat(Deletion.deletedOn(TODAY, la)).as("the LA finished after the school's date").isEqualTo(TODAY.plusDays(3));
        assertThat(Deletion.deletedOn(TODAY.plusDays(5), la)).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void groundFNeedsTheParentsWrittenNoticeAndHomeEducation() {
        assertThat(fields(deletion(DeletionGround.HOME_EDUCATION, Destination.UNKNOWN)))
                .containsExactly("parentNoticeOn", "destination");
    }

    @Test
    void groundOWaitsUntilTheReviewOrAppealIsOver() {
        var pending = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.PERMANENT_EXCLUSION,
                Destination.UNKNOWN, null, null, null, null, null, null, null, null, null, ExclusionReview.PENDING);
        assertThat(fields(pending)).containsExactly("exclusionReview");
        assertThat(fields(deletion(DeletionGround.PERMANENT_EXCLUSION, Destination.UNKNOWN))).containsExactly("exclusionReview");
    }

    @Test
    void groundANamesTheOtherSchoolWhichIsNotThisOne() {
        assertThat(fields(deletion(DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.ABROAD)))
                .containsExactly("destination");
        var here = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL,
                Destination.SCHOOL_IN_LA, SCHOOL, null, null, null, null, null, null, null, null, null);
        assertThat(fields(here)).containsExactly("destinationEstablishment");
        var there = new NewDeletion(SCHOOL, REGISTRATION.childId(), TODAY, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL,
                Destination.SCHOOL_IN_LA, OTHER_SCHOOL, null, null, null, null, null, null, null, null, null);
        assertThat(fields(there)).isEmpty();
        assertThat(fields(deletion(DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL, Destination.OTHER_LA)))
                .containsExactly("destinationDetail");
    }

    @Test
    void aDeletionIsDatedBetweenJoiningAndToday() {
        var early = new NewDeletion(SCHOOL, REGISTRATION.childId(), JOINED.minusDays(1), DeletionGround.DEATH,
                Destination.NOT_APPLICABLE, null, null, null, null, null, null, null, null, null, null);
        assertThat(fields(early)).containsExactly("leftOn");
        assertThat(fields(new NewDeletion(SCHOOL, REGISTRATION.childId(), null, null, null, null, null, null, null, null, null, null, null,
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
