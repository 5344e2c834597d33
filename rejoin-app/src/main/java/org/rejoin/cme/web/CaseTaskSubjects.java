package org.rejoin.cme.web;

import java.util.Optional;

import org.rejoin.cme.CmeCase;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskSubjects;

import org.springframework.stereotype.Component;

/** A case's tasks are worked on the case page. */
@Component
class CaseTaskSubjects implements TaskSubjects {

    @Override
    public Optional<String> pageOf(Task task) {
        return CmeCase.TASK_SUBJECT.equals(task.subjectType()) ? Optional.of("/cme/cases/" + task.subjectId()) : Optional.empty();
    }
}
