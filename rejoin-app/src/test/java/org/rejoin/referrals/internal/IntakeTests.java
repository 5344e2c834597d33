package org.rejoin.referrals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.audit.Channel;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.Concern;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralSource;

/** Who a referral is from and what it must say, without Spring or a database. */
class IntakeTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static RejoinUser user(String name, OrganisationKind kind, Role role) {
        return new RejoinUser(UUID.randomUUID(), name, name, UUID.randomUUID(), "Org", kind, Set.of(role), null, true,
                false, Channel.WEB);
    }

    static NewReferral referral(String forename, ReferralSource source, String referrerName, ReferralReason reason,
            String details) {
        return NewReferral.of(
                new NewReferral.ReferredBy(source, referrerName, null, null),
                new ChildAsReferred(forename, null, null, null, null, null, null, null, null),
                new Concern(reason, details, null, null, false));
    }

    @Test
    void othersReferAsTheirOrganisationAndByTheirOwnName() {
        var school = user("Sam School", OrganisationKind.ESTABLISHMENT, Role.SCHOOL_USER);
        var r = referral("Amy", ReferralSource.MEMBER_OF_PUBLIC, "Someone else", ReferralReason.OTHER, "x");
        assertThat(Intake.referrer(r, school, false)).isEqualTo(new Intake.Referrer(ReferralSource.SCHOOL, "Sam School"));
        var provider = user("Pat Provider", OrganisationKind.ESTABLISHMENT, Role.PROVIDER_USER);
        assertThat(Intake.referrer(r, provider, false).source()).isEqualTo(ReferralSource.ALTERNATIVE_PROVIDER);
        var eastmoor = user("Eva Eastmoor", OrganisationKind.AGENCY, Role.AGENCY_USER);
        assertThat(Intake.referrer(r, eastmoor, true).source()).isEqualTo(ReferralSource.OTHER_LOCAL_AUTHORITY);
        assertThat(Intake.referrer(r, eastmoor, false).source()).isEqualTo(ReferralSource.AGENCY);
    }

    @Test
    void laStaffSayWhoReferredAndWithoutASourceFoundTheChildThemselves() {
        var officer = user("Casey Officer", OrganisationKind.LOCAL_AUTHORITY, Role.CME_OFFICER);
        assertThat(Intake.referrer(referral("Amy", null, null, ReferralReason.OTHER, "x"), officer, false))
                .isEqualTo(new Intake.Referrer(ReferralSource.LA_SERVICE, "Casey Officer"));
        assertThat(Intake.referrer(referral("Amy", ReferralSource.PARENT_OR_CARER, " Mrs Hallow ",
                ReferralReason.OTHER, "x"), officer, false))
                .isEqualTo(new Intake.Referrer(ReferralSource.PARENT_OR_CARER, "Mrs Hallow"));
    }

    @Test
    void aNameIsEnoughButEveryProblemIsNamedAtOnce() {
        var referrer = new Intake.Referrer(ReferralSource.LA_SERVICE, "Casey Officer");
        Intake.check(referral("Amy", null, null, ReferralReason.WHEREABOUTS_UNKNOWN, null), referrer, TODAY);
        var bad = NewReferral.of(
                new NewReferral.ReferredBy(null, null, null, TODAY.plusDays(1)),
                new ChildAsReferred(" ", null, null, TODAY.plusDays(1), 30, null, "A12", null, null),
                new Concern(ReferralReason.OTHER, " ", null, null, false));
        assertThatThrownBy(() -> Intake.check(bad, new Intake.Referrer(null, null), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("source", "referrerName",
                                "receivedOn", "forename", "dateOfBirth", "approximateAge", "upn", "details"));
    }
}
