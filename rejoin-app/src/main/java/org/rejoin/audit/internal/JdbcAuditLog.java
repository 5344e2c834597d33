package org.rejoin.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditEntry;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.Channel;
import org.rejoin.audit.FieldChange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    /** An entry's columns: a bulk entry's children counted, not read (a day's marks name 250,000). */
    private static final String COLUMNS = "id, occurred_at, actor_user_id, actor_username, actor_organisation_name, channel,"
            + " action, outcome, child_id, subject, changes, cardinality(child_ids) as children";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(AuditActor actor, AuditAction action, UUID childId, String subject, List<FieldChange> changes) {
        insert(actor, action, "SUCCEEDED", childId, subject, changes);
    }

    @Override
    @Transactional
    public void recordAll(AuditActor actor, AuditAction action, List<UUID> childIds, String subject) {
        if (childIds.isEmpty()) {
            return;
        }
        if (childIds.size() == 1) {
            insert(actor, action, "SUCCEEDED", childIds.get(0), subject, List.of());
            return;
        }
        // One entry naming every child (ADR 16): found by child through the GIN index on child_ids.
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_user_id, actor_username, actor_organisation_id,
                    actor_organisation_name, channel, action, outcome, child_ids, subject)
                values (?, ?, ?, ?, ?, ?, ?, 'SUCCEEDED', ?::uuid[], ?)""")
                .params(Timestamp.from(clock.instant()), actor.userId(), actor.username(), actor.organisationId(),
                        actor.organisationName(), actor.channel().name(), action.name(),
                        childIds.stream().distinct().toArray(UUID[]::new), subject)
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(AuditActor actor, AuditAction action, UUID childId, String subject) {
        insert(actor, action, "DENIED", childId, subject, List.of());
    }

    private void insert(AuditActor actor, AuditAction action, String outcome, UUID childId, String subject,
            List<FieldChange> changes) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_user_id, actor_username, actor_organisation_id,
                    actor_organisation_name, channel, action, outcome, child_id, subject, changes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(Timestamp.from(clock.instant()), actor.userId(), actor.username(), actor.organisationId(),
                        actor.organisationName(), actor.channel().name(), action.name(), outcome, childId, subject,
                        changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> forChild(UUID childId, int limit) {
        // An entry about this child alone, or a bulk entry naming them among others.
        return jdbc.sql("""
                select %s from audit_event where child_id = ? or child_ids @> array[?::uuid]
                order by occurred_at desc, id desc limit ?""".formatted(COLUMNS))
                .params(childId, childId, limit).query((rs, n) -> entry(rs, childId)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> childrenRecentlyViewedBy(UUID userId, int limit) {
        return jdbc.sql("""
                select child_id from audit_event
                where actor_user_id = ? and action = 'CHILD_VIEWED' and outcome = 'SUCCEEDED'
                group by child_id order by max(id) desc limit ?""")
                .params(userId, limit).query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event order by id desc limit ?").param(limit).query((rs, n) -> entry(rs, null)).list();
    }

    /** @param about the child asked about, for a bulk entry naming many; null when listing */
    private AuditEntry entry(ResultSet rs, UUID about) throws SQLException {
        String changes = rs.getString("changes");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getString("actor_organisation_name"), Channel.valueOf(rs.getString("channel")),
                AuditAction.valueOf(rs.getString("action")), "DENIED".equals(rs.getString("outcome")),
                rs.getObject("child_id") != null ? rs.getObject("child_id", UUID.class) : about, subject(rs),
                changes == null ? List.of() : json.readValue(changes, CHANGES));
    }

    /** A bulk entry says how many children it names. */
    private static String subject(ResultSet rs) throws SQLException {
        int count = rs.getInt("children");
        boolean single = rs.wasNull();
        String subject = rs.getString("subject");
        return single ? subject : (subject == null ? "" : subject + " ") + String.format(java.util.Locale.UK, "(one entry for %,d children)", count);
    }
}
