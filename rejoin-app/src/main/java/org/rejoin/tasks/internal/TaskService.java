package org.rejoin.tasks.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;
import org.rejoin.tasks.NewTask;
import org.rejoin.platform.ResultPage;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskQueue;
import org.rejoin.tasks.TaskView;
import org.rejoin.tasks.Tasks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks opened by the modules whose rules set their deadlines, worked and closed by LA staff; every change audited. */
@Service
@Transactional
@LaStaff
class TaskService implements Tasks {

    private final JdbcTaskRows rows;
    private final TaskDescriptions descriptions;
    private final AuditLog audit;
    private final Clock clock;

    TaskService(JdbcTaskRows rows, TaskDescriptions descriptions, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.descriptions = descriptions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opened by the module whose rule set the deadline, on behalf of whoever acted (a school's referral too). */
    @Override
    @SignedIn
    public Task open(NewTask t, AuditActor by) {
        var problems = TaskCheck.problems(t);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID id = UUID.randomUUID();
        rows.insert(id, t, clock.instant(), by.username());
        audit.record(by, AuditAction.TASK_OPENED, t.childId(), t.title(),
                List.of(new FieldChange("dueOn", null, t.dueOn().toString())));
        return get(id);
    }

    @Override
    public Task complete(UUID taskId, String note, RejoinUser user) {
        var task = get(taskId);
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Enter what was done");
        }
        if (!task.isOpen()) {
            throw new InvalidInputException("note", "This task was already closed by " + task.closedBy());
        }
        close(task, note.trim(), user);
        return get(taskId);
    }

    @Override
    @SignedIn
    public void closeFor(UUID subjectId, List<String> kinds, String outcome, AuditActor by) {
        rows.openOfKinds(subjectId, kinds).forEach(task -> close(task, outcome, by));
    }

    @Override
    public void reassign(UUID subjectId, UUID assignee, AuditActor by) {
        rows.reassignOpen(subjectId, assignee);
    }

    private void close(Task task, String outcome, AuditActor by) {
        if (rows.close(task.id(), outcome, clock.instant(), by.username())) {
            audit.record(by, AuditAction.TASK_COMPLETED, task.childId(), task.title() + ": " + outcome,
                    List.of(new FieldChange("task", "open", "closed")));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> forSubject(UUID subjectId, RejoinUser user) {
        return rows.forSubject(subjectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Task> nextDue(Collection<UUID> subjectIds, RejoinUser user) {
        return rows.nextDue(subjectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public TaskQueue queue(RejoinUser user, String kind, ResultPage.PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        var kinds = rows.openKindsFor(user.id(), today);
        String shown = kinds.stream().anyMatch(k -> k.kind().equals(kind)) ? kind : null;
        long total = kinds.stream().filter(k -> shown == null || k.kind().equals(shown)).mapToLong(TaskQueue.Kind::open)
                .sum();
        var items = describe(rows.openFor(user.id(), shown, page.offset(), page.size()), user);
        return new TaskQueue(new ResultPage<>(items, page.page(), page.size(), total), shown, kinds,
                kinds.stream().mapToLong(TaskQueue.Kind::overdue).sum());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> describe(List<Task> tasks, RejoinUser user) {
        return descriptions.describe(tasks, user);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<Task> overdue(RejoinUser user, ResultPage.PageRequest page) {
        var total = new long[1];
        var items = rows.openDueBeforeFor(user.id(), LocalDate.now(clock), page.offset(), page.size(), total);
        return page.of(items, total[0]);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByAssignee(RejoinUser user) {
        return rows.openDueBeforeByAssignee(LocalDate.now(clock));
    }

    private Task get(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("No task " + id));
    }
}
