package org.rejoin.tasks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditActor;
import org.rejoin.platform.ResultPage;

/** Opens, closes and lists tasks. LA staff only. */
public interface Tasks {

    /** Opens a task and audits it on the child. */
    Task open(NewTask task, AuditActor by);

    /**
     * A person records the task done.
     *
     * @throws org.rejoin.platform.InvalidInputException without a note saying what was done, or
     *         when the task is already closed
     */
    Task complete(UUID taskId, String note, RejoinUser user);

    /** Closes the subject's open tasks of these kinds: the milestone they waited for was reached. */
    void closeFor(UUID subjectId, List<String> kinds, String outcome, AuditActor by);

    /** Gives the subject's open tasks to a user (a case's new key worker), or to the shared queue when null. */
    void reassign(UUID subjectId, UUID assignee, AuditActor by);

    /** Every task of a subject, open first, then by due date. */
    List<Task> forSubject(UUID subjectId, RejoinUser user);

    /** For each subject with an open task, the one due soonest: one query for a whole list of cases. */
    Map<UUID, Task> nextDue(java.util.Collection<UUID> subjectIds, RejoinUser user);

    /**
     * One page of the user's open tasks (theirs and the shared queue), of one kind or all, urgent first
     * then by due date, each with its child and subject page, and the counts of every kind.
     */
    TaskQueue queue(RejoinUser user, String kind, ResultPage.PageRequest page);

    /** The tasks as a person reads them: each with its child's name and the page of its subject. */
    List<TaskView> describe(List<Task> tasks, RejoinUser user);

    /**
     * One page of the user's own and the shared queue's open tasks past their due date, not urgent (the urgent lead
     * every list anyway), soonest due first; with how many there are.
     */
    ResultPage<Task> overdue(RejoinUser user, ResultPage.PageRequest page);

    /** How many open tasks are overdue, by assignee's name ("Unassigned" for the shared queue). */
    Map<String, Long> overdueByAssignee(RejoinUser user);
}
