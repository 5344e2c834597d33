package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The attendance string of a Common Transfer File read as sessions, the 2024 codes of two characters whole. */
class CtfMarksTests {

    @Test
    void twoCharacterCodesAreOneSessionEach() {
        assertThat(CtfMarks.sessions("/\\C2C2J1\\Y7-NOC-")).containsExactly("/", "\\", "C2", "C2", "J1", "\\", "Y7", "-",
                "N", "O", "C", "-");
    }

    @Test
    void aCharacterThatIsNoCodeStaysItsOwnSessionToBeNamed() {
        assertThat(CtfMarks.sessions("/A9")).containsExactly("/", "A9");
        assertThat(CtfMarks.sessions("")).isEmpty();
    }
}
