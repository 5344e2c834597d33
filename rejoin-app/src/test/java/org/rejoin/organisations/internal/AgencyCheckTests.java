package org.rejoin.organisations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

/** What a partner agency needs before it is added. */
class AgencyCheckTests {

    @Test
    void anAgencyIsTidiedAsItIsChecked() {
        var agency = AgencyCheck.checked(new NewAgency(" Eastmoor CME team ", "OTHER_LA", " 998 ", " cme@eastmoor.example.org ", " "));

        assertThat(agency.kind()).isEqualTo(OrganisationKind.AGENCY);
        assertThat(agency.name()).isEqualTo("Eastmoor CME team");
        assertThat(agency.agencyType()).isEqualTo(AgencyType.OTHER_LA);
        assertThat(agency.laCode()).isEqualTo("998");
        assertThat(agency.email()).isEqualTo("cme@eastmoor.example.org");
        assertThat(agency.telephone()).isNull();
    }

    @Test
    void anotherLaNeedsItsLaCode() {
        assertThatThrownBy(() -> AgencyCheck.checked(new NewAgency("Eastmoor CME team", "OTHER_LA", null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("laCode", "Enter the other LA's 3-digit LA code")));
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        assertThatThrownBy(() -> AgencyCheck.checked(new NewAgency(" ", "NO_SUCH_KIND", "12", "not-an-email", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("name", "agencyType", "laCode", "email"));
    }
}
