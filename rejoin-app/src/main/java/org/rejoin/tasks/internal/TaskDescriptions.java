package org.rejoin.tasks.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildRegister;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.TaskSubjects;
import org.rejoin.tasks.TaskView;

import org.springframework.stereotype.Component;

/**
 * Tasks as a person reads them: each names its child (one query for a whole list) and links to its
 * subject's page, which the module owning the subject type gives ({@link TaskSubjects}); a task no
 * module places links to its child's page.
 */
@Component
class TaskDescriptions {

    private final ChildRegister children;
    private final List<TaskSubjects> subjects;

    TaskDescriptions(ChildRegister children, List<TaskSubjects> subjects) {
        this.children = children;
        this.subjects = subjects;
    }

    List<TaskView> describe(List<Task> tasks, RejoinUser user) {
        var ids = tasks.stream().map(Task::childId).filter(Objects::nonNull).distinct().toList();
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            children.summaries(ids, user).forEach(c -> names.put(c.id(), c.displayName()));
        }
        return tasks.stream().map(t -> new TaskView(t, t.childId() == null ? null : names.get(t.childId()), page(t)))
                .toList();
    }

    private String page(Task task) {
        return subjects.stream().map(s -> s.pageOf(task)).flatMap(java.util.Optional::stream).findFirst()
                .orElse(task.childId() == null ? null : "/children/" + task.childId());
    }
}
