package org.rejoin.rolls;

/** School census enrolment status (Pupil Registration Regulations 2024, dual registration). */
public enum EnrolmentStatus {
    /** C: on this school's roll only. */
    SINGLE('C'),
    /** M: dual registered, this is the main school. */
    MAIN_DUAL('M'),
    /** S: dual registered, this is the subsidiary school (often a PRU or AP). */
    SUBSIDIARY_DUAL('S');

    private final char code;

    EnrolmentStatus(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static EnrolmentStatus ofCode(char code) {
        for (var status : values()) {
            if (status.code == code) {
                return status;
            }
        }
        throw new IllegalArgumentException("Enrolment status must be C, M or S, not " + code);
    }
}
