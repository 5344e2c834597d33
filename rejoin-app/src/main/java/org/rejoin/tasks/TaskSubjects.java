package org.rejoin.tasks;

import java.util.Optional;

/**
 * Where the subject of a task is worked on. Each module that opens tasks implements it for its own
 * subject types, so a task anywhere links to its page without {@code tasks} knowing the other modules.
 */
public interface TaskSubjects {

    /** The path of the task's subject page (as {@code /cme/cases/...}), or empty when the subject type is not this module's. */
    Optional<String> pageOf(Task task);
}
