package org.rejoin.rolls;

/**
 * The grounds on which a pupil's name is deleted from the admission register:
 * School Attendance (Pupil Registration) (England) Regulations 2024, reg 9(1) (docs/rules/rolls.md).
 */
public enum DeletionGround {
    REGISTERED_AT_ANOTHER_SCHOOL('a', "Registered at another school"),
    NURSERY_LEAVER('b', "Nursery class leaver not transferring to reception"),
    DUAL_REGISTRATION_ENDED('c', "Dual registration ended"),
    ATTENDANCE_ORDER_AMENDED('d', "School attendance order amended"),
    ATTENDANCE_ORDER_REVOKED('e', "School attendance order revoked"),
    HOME_EDUCATION('f', "Parent's written notice of education otherwise than at school"),
    NO_LONGER_LIVES_NEARBY('g', "No longer lives within reasonable distance"),
    DID_NOT_RETURN_AFTER_LEAVE('h', "Did not return after leave of absence"),
    CONTINUOUS_ABSENCE_20_DAYS('i', "20 school days' continuous absence after joint enquiries"),
    DETENTION('j', "Detained under a sentence or order"),
    DEATH('k', "Died"),
    /** Named for the age the pupil reaches; reg 9(1)(l) is about ceasing to be of compulsory school age before the school next meets. */
    OVER_COMPULSORY_SCHOOL_AGE('l', "Will cease to be of compulsory school age before the school next meets, and will not continue at the school"),
    BOARDING_FEES_UNPAID('m', "Boarding fees unpaid"),
    INDEPENDENT_OR_NON_MAINTAINED_SPECIAL_LEAVER('n', "Independent or non-maintained special school leaver"),
    PERMANENT_EXCLUSION('o', "Permanently excluded");

    private final char paragraph;
    private final String description;

    DeletionGround(char paragraph, String description) {
        this.paragraph = paragraph;
        this.description = description;
    }

    /** The paragraph letter of reg 9(1). */
    public char paragraph() {
        return paragraph;
    }

    public String description() {
        return description;
    }
}
