package org.rejoin.children;

/**
 * What the LA records about a child over time: the groups the Children missing education statutory guidance (2024) names as at risk, SEN status and
 * the statuses that change who must act (looked after, child protection plan, child in need).
 * Stored by name: add, never rename.
 */
public enum CharacteristicType {
    SEN_SUPPORT(Group.SEN, null),
    EHC_PLAN(Group.SEN, null),
    LOOKED_AFTER(Group.SAFEGUARDING, "Responsible local authority"),
    CHILD_PROTECTION_PLAN(Group.SAFEGUARDING, null),
    CHILD_IN_NEED(Group.SAFEGUARDING, null),
    PREVIOUSLY_LOOKED_AFTER(Group.SAFEGUARDING, null),
    YOUNG_CARER(Group.CIRCUMSTANCES, null),
    ENGLISH_ADDITIONAL_LANGUAGE(Group.CIRCUMSTANCES, "First language"),
    PERMANENTLY_EXCLUDED(Group.EDUCATION, null),
    SUSPENDED(Group.EDUCATION, null),
    PERSISTENT_ABSENCE(Group.EDUCATION, null),
    SEVERE_ABSENCE(Group.EDUCATION, null),
    MEDICAL_NEEDS(Group.EDUCATION, "Condition, including mental health"),
    EXTENDED_AUTHORISED_ABSENCE(Group.EDUCATION, null),
    NEVER_REGISTERED(Group.EDUCATION, null),
    MISSING_EDUCATION(Group.EDUCATION, null),
    PREGNANT_OR_PARENT(Group.CIRCUMSTANCES, null),
    GYPSY_ROMA_TRAVELLER(Group.MOBILITY, "Gypsy/Roma, Traveller of Irish heritage, Showman or circus, Bargee or New Traveller"),
    ASYLUM_SEEKER_OR_REFUGEE(Group.MOBILITY, null),
    NEW_ARRIVAL(Group.MOBILITY, "Country arrived from"),
    REFUGE_OR_TEMPORARY_ACCOMMODATION(Group.MOBILITY, null),
    YOUNG_OFFENDER(Group.CIRCUMSTANCES, null),
    /** Eligible for free school meals (the school census's FSM eligibility): the DfE's measure of disadvantage. */
    FREE_SCHOOL_MEALS(Group.CIRCUMSTANCES, null);

    /** How characteristics are grouped on screen. */
    public enum Group {
        SAFEGUARDING, SEN, EDUCATION, MOBILITY, CIRCUMSTANCES
    }

    private final Group group;
    private final String detailLabel;

    CharacteristicType(Group group, String detailLabel) {
        this.group = group;
        this.detailLabel = detailLabel;
    }

    public Group group() {
        return group;
    }

    /** What the optional detail means for this type, or null when it takes none. */
    public String detailLabel() {
        return detailLabel;
    }

    /** docs/rules/cme.md, escalation: a child on a CP plan, in need, or looked after escalates to social care at once. */
    public boolean isSafeguardingStatus() {
        return this == LOOKED_AFTER || this == CHILD_PROTECTION_PLAN || this == CHILD_IN_NEED;
    }
}
