package org.rejoin.rolls.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;

/** The Common Transfer File's own rules, without a database: names, destinations, the 15 school days. */
class CtfRulesTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void aFileIsNamedBySourceDestinationAndTheSchoolsOwnSequenceOfUpTo999() {
        var lost = new Ctf.School("XXX", "XXXX", null, null);
        assertThat(CtfRules.fileName("9992001", lost, 7)).isEqualTo("9992001_CTF_XXXXXXX_007.XML");
        assertThat(CtfRules.nextSequence(0)).isEqualTo(1);
        assertThat(CtfRules.nextSequence(998)).isEqualTo(999);
        assertThat(CtfRules.nextSequence(999)).isEqualTo(1);
    }

    @Test
    void aDestinationIsASchoolTheLostPupilsDatabaseOrAbroad() {
        var errors = new ArrayList<FieldError>();
        assertThat(CtfRules.destination(" 888 ", "2001", errors).laestab()).isEqualTo("8882001");
        assertThat(CtfRules.destination("xxx", "xxxx", errors).isLostPupil()).isTrue();
        assertThat(CtfRules.onePupilPerFile(CtfRules.destination("MMM", "MMMM", errors))).isTrue();
        assertThat(errors).isEmpty();
        CtfRules.destination("88", "2001", errors);
        CtfRules.destination("XXX", "MMMM", errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("destination", "destination");
        assertThat(CtfRules.describe(new Ctf.School("MMM", "MMMM", null, null))).isEqualTo("abroad (MMM/MMMM)");
        assertThat(CtfRules.destinationOf("UNKNOWN", null, null)).containsExactly("XXX", "XXXX");
        assertThat(CtfRules.destinationOf("SCHOOL_IN_LA", "999", "2001")).containsExactly("999", "2001");
        assertThat(CtfRules.destinationOf("OTHER_LA", null, null)).containsExactly(null, null);
    }

    @Test
    void aFileIsLateAfterFifteenSchoolDaysAndNeverWithoutTermDates() {
        var days = new ReturnRulesTests.Weekdays(LocalDate.of(2027, 7, 31));
        assertThat(CtfRules.dueBy(days, MONDAY)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(CtfRules.lateness(days, MONDAY, LocalDate.of(2026, 11, 23))).isFalse();
        assertThat(CtfRules.lateness(days, MONDAY, LocalDate.of(2026, 11, 24))).isTrue();
        var none = new ReturnRulesTests.Weekdays(MONDAY);
        assertThat(CtfRules.dueBy(none, MONDAY)).isNull();
        assertThat(CtfRules.lateness(none, MONDAY, LocalDate.of(2027, 1, 4))).as("unknown, not on time").isNull();
    }

    @Test
    void aProblemOfTheRegisterIsNamedByTheElementOfTheFile() {
        var child = org.rejoin.TestUsers.child("Amy", "Hallow", LocalDate.of(2015, 3, 1), null);
        assertThat(CtfRules.onFile(CtfRules.pupilPath(1, 2), child, new FieldError("dateOfBirth", "is in the future")))
                .isEqualTo(new FieldError("/CTfile/CTFpupilData/Pupil[2]/DOB", "is in the future"));
        assertThat(CtfRules.onFile(CtfRules.pupilPath(0, 1), child, new FieldError("addresses[0].postcode", "is not one")))
                .isEqualTo(new FieldError("/CTfile/CTFpupilData/Pupil/Address", "is not one"));
        assertThat(List.of(CtfRules.pupilPath(0, 1), CtfRules.pupilPath(2, 3)))
                .containsExactly("/CTfile/CTFpupilData/Pupil", "/CTfile/CTFpupilData/Pupil[3]");
    }
}
