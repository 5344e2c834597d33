package org.rejoin.rolls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The LA's request for junior-class starters' returns ({@code junior_returns_request}): SQL and row mapping only. */
@Repository
class JdbcJuniorReturnRows {

    private final JdbcClient jdbc;

    JdbcJuniorReturnRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalDate> requestedOn() {
        return jdbc.sql("select requested_on from junior_returns_request").query(LocalDate.class).optional();
    }

    void request(LocalDate on, Instant at, String by) {
        jdbc.sql("""
                insert into junior_returns_request (requested_on, changed_at, changed_by) values (?, ?, ?)
                on conflict (id) do update set requested_on = excluded.requested_on, changed_at = excluded.changed_at,
                    changed_by = excluded.changed_by""")
                .params(on, Timestamp.from(at), by).update();
    }

    void withdraw() {
        jdbc.sql("delete from junior_returns_request").update();
    }
}
