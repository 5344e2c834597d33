package org.rejoin.audit;

/** Everything Rejoin audits. Stored by name: add, never rename. */
public enum AuditAction {
    CHILD_VIEWED("Viewed the record"),
    CHILD_CREATED("Created the record"),
    CHILD_UPDATED("Changed the record"),
    CHILD_SEARCHED("Searched children"),
    CHILD_AUDIT_VIEWED("Viewed who has seen the record"),
    REGISTRATION_RECORDED("Recorded a registration"),
    SIGNED_IN("Signed in"),
    SIGN_IN_FAILED("Failed to sign in"),
    ACCOUNT_LOCKED("Account locked"),
    USER_CREATED("Created a user"),
    USER_CHANGED("Changed a user"),
    PASSWORD_RESET("Reset a password"),
    API_TOKEN_CREATED("Created an API token"),
    API_TOKEN_REVOKED("Revoked an API token"),
    ESTABLISHMENTS_IMPORTED("Imported establishments"),
    TERM_DATES_CHANGED("Changed term dates"),
    INSET_DAYS_CHANGED("Changed INSET days"),
    AGENCY_ADDED("Added an agency"),
    MATCH_REVIEW_RAISED("Sent a possible match for review"),
    MATCH_DECIDED("Decided a possible match"),
    REGISTER_SCANNED("Scanned the register for duplicates"),
    CHILD_MERGED("Merged records of this child"),
    CHILD_MERGE_UNDONE("Undid a merge"),
    MATCH_DECISIONS_EXPORTED("Exported the decided matches as labelled pairs"),
    TASK_OPENED("Opened a task"),
    TASK_COMPLETED("Recorded a task done"),
    REFERRAL_RECEIVED("Received a referral"),
    REFERRAL_VIEWED("Viewed a referral"),
    REFERRAL_LINKED("Linked a referral to the child"),
    REFERRAL_DECIDED("Decided a referral"),
    REFERRAL_ADDED_TO("Added to a waiting referral"),
    CME_TARGETS_CHANGED("Changed the CME targets"),
    JUNIOR_RETURNS_REQUESTED("Changed the request for junior-class starters' new-pupil returns"),
    CME_CASE_OPENED("Opened a CME case"),
    CME_CASE_VIEWED("Viewed a CME case"),
    CME_CASE_UPDATED("Changed a CME case"),
    CME_MILESTONE_RECORDED("Recorded a CME milestone"),
    CME_ENQUIRY_RECORDED("Recorded a locate enquiry"),
    CME_NOTE_ADDED("Added a case note or contact"),
    CME_DOCUMENT_ADDED("Attached a document"),
    CME_DOCUMENT_VIEWED("Opened a document"),
    JOINER_RETURNED("Received a new-pupil return"),
    DELETION_RETURNED("Received a deletion return"),
    DELETION_ENQUIRIES_RECORDED("Recorded the local authority's enquiries on a deletion"),
    CTF_IMPORTED("Imported a Common Transfer File"),
    CTF_EXPORTED("Exported a Common Transfer File"),
    ATTENDANCE_RECORDED("Recorded attendance marks"),
    ATTENDANCE_VIEWED("Viewed attendance marks"),
    TIMETABLE_RECORDED("Recorded a part-time timetable"),
    TIMETABLE_REVIEWED("Recorded a part-time timetable's review"),
    TIMETABLE_ENDED("Ended a part-time timetable"),
    EXPECTED_ABSENCE_RECORDED("Recorded an expected absence through illness");

    private final String description;

    AuditAction(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
