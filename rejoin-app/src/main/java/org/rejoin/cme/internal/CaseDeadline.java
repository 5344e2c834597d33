package org.rejoin.cme.internal;

import java.util.Arrays;
import java.util.List;

/** The deadlines a CME case keeps as tasks, each with the task kind it is stored under. */
enum CaseDeadline {
    LOCATE("CME_LOCATE"),
    PROVISION_DETERMINED("CME_PROVISION_DETERMINED"),
    IN_PROVISION("CME_IN_PROVISION"),
    MISSING_THRESHOLD("CME_MISSING_THRESHOLD"),
    LOOKED_AFTER_PLACEMENT("CME_LOOKED_AFTER_PLACEMENT"),
    TERM_DATES_NEEDED("CME_TERM_DATES_NEEDED"),
    JOINED_ROLL("CME_JOINED_ROLL");

    /** The task subject type of a case's tasks. */
    static final String SUBJECT = org.rejoin.cme.CmeCase.TASK_SUBJECT;

    private final String taskKind;

    CaseDeadline(String taskKind) {
        this.taskKind = taskKind;
    }

    String taskKind() {
        return taskKind;
    }

    static List<String> taskKinds(List<CaseDeadline> deadlines) {
        return deadlines.stream().map(CaseDeadline::taskKind).toList();
    }

    static List<CaseDeadline> all() {
        return Arrays.asList(values());
    }
}
