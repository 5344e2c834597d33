package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StandardiserTests {

    static final Standardiser STANDARDISER = new Standardiser(Nicknames.standard());

    static StandardRecord record(String forename, String middle, String surname, String dob, Character sex, String upn,
            String postcode) {
        return STANDARDISER.standardise(new PersonRecord("x", forename, middle, surname,
                dob == null ? null : LocalDate.parse(dob), sex, upn, postcode));
    }

    @Test
    void namesLoseAccentsPunctuationAndCaseButKeepTheirParts() {
        var r = record("Zoë", "Grace Mary", "O'Brien-Smith", "2015-03-04", 'F', null, "kb1 2ab");
        assertThat(r.forename()).isEqualTo("ZOE");
        assertThat(r.surname()).isEqualTo("OBRIEN SMITH");
        assertThat(r.surnameTokens()).containsExactly("OBRIEN", "SMITH");
        assertThat(r.middleNames()).isEqualTo("GRACE MARY");
        assertThat(r.original().surname()).isEqualTo("O'Brien-Smith");
    }

    @Test
    void nicknamesAndTransliterationsShareACanonicalForm() {
        assertThat(record("Mo", null, "Khan", null, null, null, null).forenameCanonical()).isEqualTo("MUHAMMAD");
        assertThat(record("Mohamed", null, "Khan", null, null, null, null).forenameCanonical()).isEqualTo("MUHAMMAD");
        assertThat(record("Bob", null, "Smith", null, null, null, null).forenameCanonical()).isEqualTo("ROBERT");
        assertThat(record("Mia", null, "Smith", null, null, null, null).forenameCanonical())
                .as("Mia is a name of its own, not Amelia").isEqualTo("MIA");
    }

    @Test
    void aDateWithADayOfTwelveOrLessHasItsSwappedForm() {
        assertThat(record("A", null, "B", "2015-03-04", null, null, null).swappedDateOfBirth()).isEqualTo("2015-04-03");
        assertThat(record("A", null, "B", "2015-03-14", null, null, null).swappedDateOfBirth()).isNull();
        assertThat(record("A", null, "B", "2015-03-03", null, null, null).swappedDateOfBirth()).isNull();
    }

    @Test
    void onlyAUpnWithTheRightCheckLetterCountsAndATemporaryOneIsWeak() {
        assertThat(record("A", null, "B", null, null, "H801200001001", null).hasPermanentUpn()).isTrue();
        assertThat(record("A", null, "B", null, null, "X00180001701A", null).hasPermanentUpn()).isFalse();
        assertThat(record("A", null, "B", null, null, "A801200005001", null).upn()).as("wrong check letter").isNull();
    }

    @Test
    void postcodesAreValidatedAndCutIntoSectorDistrictAndArea() {
        var r = record("A", null, "B", null, null, null, "sw1a1aa");
        assertThat(r.postcode()).isEqualTo("SW1A 1AA");
        assertThat(r.postcodeSector()).isEqualTo("SW1A 1");
        assertThat(r.postcodeDistrict()).isEqualTo("SW1A");
        assertThat(r.postcodeArea()).isEqualTo("SW");
        assertThat(record("A", null, "B", null, null, null, "not a postcode").postcode()).isNull();
    }
}
