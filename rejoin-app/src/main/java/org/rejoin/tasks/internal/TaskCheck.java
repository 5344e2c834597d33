package org.rejoin.tasks.internal;

import java.util.ArrayList;
import java.util.List;

import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.tasks.NewTask;

/** A task to open, checked: a kind, a title, a due date and the referral or case it belongs to. Pure. */
final class TaskCheck {

    private TaskCheck() {
    }

    /** Everything wrong with the task, field by field; empty when it can be opened. */
    static List<FieldError> problems(NewTask t) {
        var problems = new ArrayList<FieldError>();
        if (t.kind() == null || t.kind().isBlank()) {
            problems.add(new FieldError("kind", "A task needs a kind"));
        }
        if (t.title() == null || t.title().isBlank()) {
            problems.add(new FieldError("title", "A task needs a title"));
        }
        if (t.dueOn() == null) {
            problems.add(new FieldError("dueOn", "A task needs a due date"));
        }
        if (t.subjectType() == null || t.subjectId() == null) {
            problems.add(new FieldError("subject", "A task belongs to a referral or a case"));
        }
        return problems;
    }
}
