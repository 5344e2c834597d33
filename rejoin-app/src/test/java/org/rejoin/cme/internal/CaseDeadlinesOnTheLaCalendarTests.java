package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rejoin.Fixtures;
import org.rejoin.IntegrationTest;
import org.rejoin.TestUsers;
import org.rejoin.cme.CaseKind;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deadlines are school days: the demo LA's October 2026 half term (26 to 30 October) does not count. */
@IntegrationTest
class CaseDeadlinesOnTheLaCalendarTests {

    @Autowired
    CmeCaseService cases;

    @Autowired
    Tasks tasks;

    @Autowired
    TestUsers users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deadlinesSkipTheHalfTermHolidayAndWeekends() {
        var officer = users.user("cme.officer");
        UUID childId = fixtures.child("Stranger", "Elsewhere");
        var opened = users.as("cme.officer", () -> cases.open(childId, null, CaseKind.MISSING_EDUCATION,
                LocalDate.of(2026, 10, 16), LocalDate.of(2026, 10, 19), officer));
        Map<String, LocalDate> due = users.as("cme.officer", () -> tasks.forSubject(opened.id(), officer)).stream()
                .collect(Collectors.toMap(Task::kind, Task::dueOn, (a, b) -> a));
        // 20 to 23 October is four school days; half term; 2 to 6 November five more; 9 November the tenth.
        assertThat(due.get("CME_LOCATE")).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(due.get("CME_PROVISION_DETERMINED")).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(due.get("CME_IN_PROVISION")).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
