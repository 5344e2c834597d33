package org.rejoin.rolls.web;

import java.util.Optional;

import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.RollReturn;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskSubjects;

import org.springframework.stereotype.Component;

/**
 * The rolls' tasks: a deletion return's follow-up is worked on the deletion's page; a Common Transfer
 * File waiting for term dates, on the school calendar.
 */
@Component
class RollTaskSubjects implements TaskSubjects {

    @Override
    public Optional<String> pageOf(Task task) {
        if (RollReturn.TASK_SUBJECT.equals(task.subjectType())) {
            return Optional.of("/rolls/deletions/" + task.subjectId());
        }
        return CtfExport.TASK_SUBJECT.equals(task.subjectType()) ? Optional.of("/calendar") : Optional.empty();
    }
}
