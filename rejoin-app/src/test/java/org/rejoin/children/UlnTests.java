package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Learning Records Service's ULN check digit (docs/rules/identifiers.md): S = 10*d1 + ... + 2*d9,
 * r = S mod 11, r = 0 invalid, else d10 = 10 - r.
 */
class UlnTests {

    @Test
    void theRulesExampleIsValid() {
        assertThat(Uln.isValid("9276308686")).isTrue();
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheRightOne() {
        assertThat(Uln.problem("9276308687")).isEqualTo("ULN check digit is wrong: the last digit should be 6");
    }

    @Test
    void remainderZeroIsNeverValid() {
        // 1 followed by zeros weighs 10; the ninth digit adds twice itself: 6 makes 22, a multiple of 11.
        for (int d9 = 0; d9 <= 9; d9++) {
            String nine = "10000000" + d9;
            int s = 10 + 2 * d9;
            if (s % 11 == 0) {
                for (int last = 0; last <= 9; last++) {
                    assertThat(Uln.isValid(nine + last)).isFalse();
                }
                assertThat(Uln.problem(nine + "0")).contains("cannot form a ULN");
                return;
            }
        }
        throw new AssertionError("expected a nine-digit stem with remainder 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "927630868", "92763086861", "927630868A"})
    void malformedUlnIsRefused(String uln) {
        assertThat(Uln.problem(uln)).isEqualTo("ULN must be 10 digits");
    }

    @Test
    void aUlnNeverStartsWithZeroEvenWithTheRightCheckDigit() {
        // 0276308686 weighs 290 - 90 = 200, remainder 2: its check digit would be 8.
        assertThat(Uln.problem("0276308688")).isEqualTo("ULN is not valid: a ULN never starts with 0");
    }

    @Test
    void theDefaultUlnIsAcceptedAsTemporary() {
        // 9999999999 fails the check digit (it would be 8) but is the value providers record until the LRS issues one.
        assertThat(Uln.isValid("9999999999")).isTrue();
        assertThat(Uln.isTemporary("9999999999")).isTrue();
        assertThat(Uln.isTemporary("9276308686")).isFalse();
        assertThat(Uln.isValid("9999999998")).as("the nine 9s with their own check digit, 8").isTrue();
        assertThat(Uln.isValid("9999999997")).isFalse();
    }
}
