package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DfE "Unique pupil numbers" guide v1.2, Annex A: every test vector in docs/rules/identifiers.md. */
class UpnTests {

    @ParameterizedTest
    @ValueSource(strings = {"H801200001001", "X00180001701A", "B801200005001", "R201100018042", "T20110001804V",
            "A950000178301", "H243278544154"})
    void upnWithTheRightCheckLetterIsValid(String upn) {
        assertThat(Upn.isValid(upn)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"A801200005001, B", "R247962919251, Q", "X428558133462, W"})
    void upnWithTheWrongCheckLetterIsRefusedNamingTheRightOne(String upn, char expected) {
        assertThat(Upn.problem(upn)).isEqualTo("UPN check letter is wrong: " + upn + " should start with " + expected);
    }

    @Test
    void temporaryUpnEndsInALetterAndCountsThatLetterByItsIndex() {
        assertThat(new Upn("X00180001701A").isTemporary()).isTrue();
        assertThat(new Upn("T20110001804V").isTemporary()).isTrue();
        assertThat(new Upn("H801200001001").isTemporary()).isFalse();
    }

    @Test
    void remaindersTwentyOneAndTwentyTwoMapToYAndZ() {
        // Found by searching serials: the check letter is the remainder's letter in ABCDEFGHJKLMNPQRTUVWXYZ.
        String remainder21 = withSerialGiving('Y');
        String remainder22 = withSerialGiving('Z');
        assertThat(Upn.checkLetter(remainder21)).isEqualTo('Y');
        assertThat(Upn.isValid(remainder21)).isTrue();
        assertThat(Upn.checkLetter(remainder22)).isEqualTo('Z');
        assertThat(Upn.isValid(remainder22)).isTrue();
        assertThat(Upn.isValid("A" + remainder22.substring(1))).isFalse();
    }

    private static String withSerialGiving(char letter) {
        for (int serial = 0; serial < 1000; serial++) {
            String candidate = "?801200005" + String.format("%03d", serial);
            if (Upn.checkLetter(candidate) == letter) {
                return letter + candidate.substring(1);
            }
        }
        throw new AssertionError("no serial gives " + letter);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "H80120000100", "H8012000010011", "I801200001001", "H80120000100S", "h801200001001x"})
    void malformedUpnIsRefused(String upn) {
        assertThat(Upn.isValid(upn)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Upn(upn));
    }

    @Test
    void typedUpnIsNormalised() {
        assertThat(Upn.parse(" h801 2000 01001 ").value()).isEqualTo("H801200001001");
    }

    @Test
    void localAuthorityAllocatedUpnsUseDummyEstablishmentNumbers3950To3999() {
        String upn = "?" + "801" + "3950" + "25" + "001";
        var valid = new Upn(Upn.checkLetter(upn) + upn.substring(1));
        assertThat(valid.isLocalAuthorityAllocated()).isTrue();
        assertThat(new Upn("H801200001001").isLocalAuthorityAllocated()).isFalse();
    }
}
