package org.rejoin.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.tasks.NewTask;

/** What a task needs before it is opened. */
class TaskCheckTests {

    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    @Test
    void aTaskWithAKindTitleDueDateAndSubjectCanBeOpened() {
        var task = new NewTask("NOTIFY_SOCIAL_CARE", "Tell social care", "", UUID.randomUUID(), "CME_CASE", UUID.randomUUID(),
                DUE, true, null);

        assertThat(TaskCheck.problems(task)).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamed() {
        var task = new NewTask(" ", null, null, null, "CME_CASE", null, null, false, null);

        assertThat(TaskCheck.problems(task)).extracting(FieldError::field).containsExactly("kind", "title", "dueOn", "subject");
    }
}
