package org.rejoin.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@LaStaff
class JdbcTasks implements Tasks {

    private static final String SELECT = """
            select t.*, u.display_name as assigned_name from task t left join app_user u on u.id = t.assigned_to""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    JdbcTasks(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opened by the module whose rule set the deadline, on behalf of whoever acted (a school's referral too). */
    @Override
    @SignedIn
    public Task open(NewTask t, AuditActor by) {
        var errors = new ArrayList<FieldError>();
        if (t.kind() == null || t.kind().isBlank()) {
            errors.add(new FieldError("kind", "A task needs a kind"));
        }
        if (t.title() == null || t.title().isBlank()) {
            errors.add(new FieldError("title", "A task needs a title"));
        }
        if (t.dueOn() == null) {
            errors.add(new FieldError("dueOn", "A task needs a due date"));
        }
        if (t.subjectType() == null || t.subjectId() == null) {
            errors.add(new FieldError("subject", "A task belongs to a referral or a case"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into task (id, kind, title, rule, child_id, subject_type, subject_id, due_on, urgent, assigned_to,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, t.kind(), t.title(), t.rule() == null ? "" : t.rule(), t.childId(), t.subjectType(),
                        t.subjectId(), t.dueOn(), t.urgent(), t.assignedTo(), Timestamp.from(clock.instant()),
                        by.username())
                .update();
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
        for (var task : jdbc.sql(SELECT + " where t.subject_id = ? and t.kind = any(?) and t.closed_at is null")
                .params(subjectId, kinds.toArray(new String[0])).query(JdbcTasks::task).list()) {
            close(task, outcome, by);
        }
    }

    @Override
    public void reassign(UUID subjectId, UUID assignee, AuditActor by) {
        jdbc.sql("update task set assigned_to = ? where subject_id = ? and closed_at is null").params(assignee, subjectId)
                .update();
    }

    private void close(Task task, String outcome, AuditActor by) {
        jdbc.sql("update task set closed_at = ?, closed_by = ?, outcome = ? where id = ? and closed_at is null")
                .params(Timestamp.from(clock.instant()), by.username(), outcome, task.id()).update();
        audit.record(by, AuditAction.TASK_COMPLETED, task.childId(), task.title() + ": " + outcome,
                List.of(new FieldChange("task", "open", "closed")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> forSubject(UUID subjectId, RejoinUser user) {
        return jdbc.sql(SELECT + " where t.subject_id = ? order by t.closed_at is not null, t.urgent desc, t.due_on, t.created_at")
                .param(subjectId).query(JdbcTasks::task).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Task> nextDue(java.util.Collection<UUID> subjectIds, RejoinUser user) {
        Map<UUID, Task> next = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return next;
        }
        jdbc.sql("select distinct on (t.subject_id) t.*, u.display_name as assigned_name from task t"
                + " left join app_user u on u.id = t.assigned_to where t.subject_id = any(?) and t.closed_at is null"
                + " order by t.subject_id, t.due_on, t.created_at")
                .param(subjectIds.toArray(new UUID[0])).query(JdbcTasks::task).list()
                .forEach(t -> next.put(t.subjectId(), t));
        return next;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> queue(RejoinUser user) {
        return jdbc.sql(SELECT + """
                 where t.closed_at is null and (t.assigned_to = ? or t.assigned_to is null)
                order by t.urgent desc, t.due_on, t.created_at""").param(user.id()).query(JdbcTasks::task).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> overdue(RejoinUser user) {
        return jdbc.sql(SELECT + " where t.closed_at is null and t.due_on < ? order by t.due_on, t.created_at")
                .param(LocalDate.now(clock)).query(JdbcTasks::task).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> overdueByAssignee(RejoinUser user) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(u.display_name, 'Unassigned') as name, count(*) as n
                from task t left join app_user u on u.id = t.assigned_to
                where t.closed_at is null and t.due_on < ? group by 1 order by 2 desc, 1""")
                .param(LocalDate.now(clock)).query((rs, n) -> counts.put(rs.getString("name"), rs.getLong("n"))).list();
        return counts;
    }

    private Task get(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(JdbcTasks::task).optional()
                .orElseThrow(() -> new NotFoundException("No task " + id));
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Task(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("title"), rs.getString("rule"),
                rs.getObject("child_id", UUID.class), rs.getString("subject_type"), rs.getObject("subject_id", UUID.class),
                rs.getObject("due_on", LocalDate.class), rs.getBoolean("urgent"), rs.getObject("assigned_to", UUID.class),
                rs.getString("assigned_name"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"), rs.getString("outcome"));
    }
}
