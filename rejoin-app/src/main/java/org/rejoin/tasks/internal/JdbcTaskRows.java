package org.rejoin.tasks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task table, each task with its assignee's name: SQL and row mapping only. */
@Repository
class JdbcTaskRows {

    private static final String SELECT = """
            select t.*, u.display_name as assigned_name from task t left join app_user u on u.id = t.assigned_to""";

    private final JdbcClient jdbc;

    JdbcTaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, NewTask t, Instant at, String by) {
        jdbc.sql("""
                insert into task (id, kind, title, rule, child_id, subject_type, subject_id, due_on, urgent, assigned_to,
                    created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, t.kind(), t.title(), t.rule() == null ? "" : t.rule(), t.childId(), t.subjectType(),
                        t.subjectId(), t.dueOn(), t.urgent(), t.assignedTo(), Timestamp.from(at), by)
                .update();
    }

    /** Closes a task still open; false when someone closed it first. */
    boolean close(UUID id, String outcome, Instant at, String by) {
        return jdbc.sql("update task set closed_at = ?, closed_by = ?, outcome = ? where id = ? and closed_at is null")
                .params(Timestamp.from(at), by, outcome, id).update() == 1;
    }

    void reassignOpen(UUID subjectId, UUID assignee) {
        jdbc.sql("update task set assigned_to = ? where subject_id = ? and closed_at is null").params(assignee, subjectId)
                .update();
    }

    Optional<Task> find(UUID id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(JdbcTaskRows::task).optional();
    }

    List<Task> openOfKinds(UUID subjectId, List<String> kinds) {
        return jdbc.sql(SELECT + " where t.subject_id = ? and t.kind = any(?) and t.closed_at is null")
                .params(subjectId, kinds.toArray(new String[0])).query(JdbcTaskRows::task).list();
    }

    /** A subject's tasks, open ones first, urgent and soonest due first. */
    List<Task> forSubject(UUID subjectId) {
        return jdbc.sql(SELECT + " where t.subject_id = ? order by t.closed_at is not null, t.urgent desc, t.due_on, t.created_at")
                .param(subjectId).query(JdbcTaskRows::task).list();
    }

    /** Each subject's open task due soonest, in one query. */
    Map<UUID, Task> nextDue(Collection<UUID> subjectIds) {
        Map<UUID, Task> next = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return next;
        }
        jdbc.sql("select distinct on (t.subject_id) t.*, u.display_name as assigned_name from task t"
                + " left join app_user u on u.id = t.assigned_to where t.subject_id = any(?) and t.closed_at is null"
                + " order by t.subject_id, t.due_on, t.created_at")
                .param(subjectIds.toArray(new UUID[0])).query(JdbcTaskRows::task).list()
                .forEach(t -> next.put(t.subjectId(), t));
        return next;
    }

    /** One page of the user's open tasks and the shared queue, of one kind or all (null), urgent first then by due date. */
    List<Task> openFor(UUID userId, String kind, long offset, int limit) {
        return jdbc.sql(SELECT + """
                 where t.closed_at is null and (t.assigned_to = ? or t.assigned_to is null)
                and (cast(? as text) is null or t.kind = ?)
                order by t.urgent desc, t.due_on, t.created_at offset ? limit ?""")
                .params(userId, kind, kind, offset, limit).query(JdbcTaskRows::task).list();
    }

    /** The user's open tasks and the shared queue counted by kind, with those due before {@code today}. */
    List<TaskQueue.Kind> openKindsFor(UUID userId, LocalDate today) {
        return jdbc.sql("""
                select kind, count(*), count(*) filter (where due_on < ?), count(*) filter (where urgent) from task
                where closed_at is null and (assigned_to = ? or assigned_to is null)
                group by kind order by count(*) filter (where due_on < ?) desc, count(*) desc, kind""")
                .params(today, userId, today)
                .query((rs, n) -> new TaskQueue.Kind(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** One page of a user's and the shared queue's open, not urgent tasks due before a day; {@code total} gets the count. */
    List<Task> openDueBeforeFor(UUID userId, LocalDate day, long offset, int limit, long[] total) {
        return jdbc.sql("""
                select count(*) over () as total, t.*, u.display_name as assigned_name
                from task t left join app_user u on u.id = t.assigned_to
                where t.closed_at is null and t.due_on < ? and not t.urgent and (t.assigned_to = ? or t.assigned_to is null)
                order by t.due_on, t.created_at offset ? limit ?""")
                .params(day, userId, offset, limit).query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return task(rs, n);
                }).list();
    }

    /** Open tasks due before a day, counted by assignee's name, most first. */
    Map<String, Long> openDueBeforeByAssignee(LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select coalesce(u.display_name, 'Unassigned') as name, count(*) as n
                from task t left join app_user u on u.id = t.assigned_to
                where t.closed_at is null and t.due_on < ? group by 1 order by 2 desc, 1""")
                .param(day).query((rs, n) -> counts.put(rs.getString("name"), rs.getLong("n"))).list();
        return counts;
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
