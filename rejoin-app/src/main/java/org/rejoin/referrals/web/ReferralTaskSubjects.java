package org.rejoin.referrals.web;

import java.util.Optional;

import org.rejoin.referrals.Referral;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskSubjects;

import org.springframework.stereotype.Component;

/** A referral's tasks are worked on its triage page. */
@Component
class ReferralTaskSubjects implements TaskSubjects {

    @Override
    public Optional<String> pageOf(Task task) {
        return Referral.TASK_SUBJECT.equals(task.subjectType()) ? Optional.of("/referrals/" + task.subjectId())
                : Optional.empty();
    }
}
