package org.rejoin.attendance.web;

import java.util.Optional;

import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskSubjects;

import org.springframework.stereotype.Component;

/** An attendance alert's task is worked from the child's attendance, where the alert and the marks are. */
@Component
class AlertTaskSubjects implements TaskSubjects {

    @Override
    public Optional<String> pageOf(Task task) {
        return AttendanceAlertRaised.TASK_SUBJECT.equals(task.subjectType()) ? Optional.of("/children/" + task.childId() + "#attendance")
                : Optional.empty();
    }
}
