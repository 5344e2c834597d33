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
import org.rejoin.platform.BulkCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditLog implements AuditLog {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final BulkCopy bulk;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditLog(JdbcClient jdbc, BulkCopy bulk, Clock clock) {
        this.jdbc = jdbc;
        this.bulk = bulk;
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
        String now = clock.instant().toString();
        bulk.copy("audit_event", List.of("occurred_at", "actor_user_id", "actor_username", "actor_organisation_id",
                "actor_organisation_name", "channel", "action", "outcome", "child_id", "subject"),
                childIds.stream().map(id -> new Object[] {now, actor.userId(), actor.username(), actor.organisationId(),
                        actor.organisationName(), actor.channel().name(), action.name(), "SUCCEEDED", id, subject})
                        .toList());
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
        return jdbc.sql("select * from audit_event where child_id = ? order by occurred_at desc, id desc limit ?")
                .params(childId, limit).query(this::entry).list();
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
        return jdbc.sql("select * from audit_event order by id desc limit ?").param(limit).query(this::entry).list();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_user_id", UUID.class), rs.getString("actor_username"),
                rs.getString("actor_organisation_name"), Channel.valueOf(rs.getString("channel")),
                AuditAction.valueOf(rs.getString("action")), "DENIED".equals(rs.getString("outcome")),
                rs.getObject("child_id", UUID.class), rs.getString("subject"),
                changes == null ? List.of() : json.readValue(changes, CHANGES));
    }
}
