package org.rejoin.rolls.internal;

import static org.rejoin.platform.Text.trimmed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.DeletionRecord;
import org.rejoin.rolls.DeletionStatus;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.RollReturn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roll_return} and {@code cross_la_notification} tables: SQL and row mapping only. */
@Repository
class JdbcRollReturnRows {

    /** Schools are named in the same query (docs/architecture.md, sanctioned reads). */
    private static final String SELECT = """
            select r.*, o.name as establishment_name, d.name as destination_name
            from roll_return r join organisation o on o.id = r.establishment_id
            left join organisation d on d.id = r.destination_establishment""";

    /** Who reported a return, and when. */
    record Reported(LocalDate on, Instant at, String by) {

        /** Now, by this user. */
        static Reported now(java.time.Clock clock, org.rejoin.access.RejoinUser user) {
            return new Reported(LocalDate.now(clock), clock.instant(), user.username());
        }
    }

    /** A notice sent to another LA about a child who moved there. */
    record CrossLaSent(UUID childId, String direction, String otherLa, LocalDate notifiedOn) {
    }

    /** A registration of a child: its id and first day. */
    record Started(UUID registrationId, LocalDate startsOn) {
    }

    private final JdbcClient jdbc;

    JdbcRollReturnRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertJoiner(UUID id, UUID registrationId, UUID childId, UUID establishmentId, LocalDate startsOn, boolean late,
            Reported reported) {
        jdbc.sql("""
                insert into roll_return (id, kind, registration_id, child_id, establishment_id, effective_on, reported_on,
                    late, reported_at, reported_by)
                values (?, 'JOINER', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, registrationId, childId, establishmentId, startsOn, reported.on(), late,
                        Timestamp.from(reported.at()), reported.by())
                .update();
    }

    /** @param effectiveOn the day the name leaves the roll (for one held for the LA, the school's date until settled) */
    void insertDeletion(UUID id, UUID registrationId, UUID establishmentId, NewDeletion d, LocalDate effectiveOn,
            DeletionStatus status, AbsenceEvidence.Finding evidence, Reported reported) {
        var la = d.laEnquiries();
        jdbc.sql("""
                insert into roll_return (id, kind, registration_id, child_id, establishment_id, effective_on, reported_on,
                    late, deletion_ground, destination, destination_establishment, destination_detail, school_enquiries,
                    school_enquiries_on, parent_notice_on, exclusion_review, reported_at, reported_by, status, absent_from,
                    leave_from, leave_to, marks_verified, evidence, la_enquiries, la_enquiries_on, la_outcome,
                    la_recorded_at, la_recorded_by, proposed_on)
                values (?, 'DELETION', ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, registrationId, d.childId(), establishmentId, effectiveOn, reported.on(), d.ground().name(),
                        d.destination().name(), d.destinationEstablishment(), trimmed(d.destinationDetail()),
                        trimmed(d.schoolEnquiries()), d.schoolEnquiriesOn(), d.parentNoticeOn(),
                        d.exclusionReview() == null ? null : d.exclusionReview().name(), Timestamp.from(reported.at()),
                        reported.by(), status.name(), d.absentFrom(), d.leaveFrom(), d.leaveTo(),
                        evidence == null ? null : evidence.verdict() == AbsenceEvidence.Verdict.VERIFIED,
                        evidence == null ? null : evidence.detail(), la == null ? null : la.checked().trim(),
                        la == null ? null : la.on(), la == null ? null : la.outcome().name(),
                        la == null ? null : Timestamp.from(reported.at()), la == null ? null : reported.by(), d.leftOn())
                .update();
    }

    /**
     * Settles a deletion pending the LA with the LA's part: accepted, it takes effect on {@code deletedOn};
     * not accepted, it keeps the school's date. False if it was settled meanwhile.
     */
    boolean settle(UUID id, DeletionStatus status, LaEnquiries la, LocalDate deletedOn, Reported reported) {
        return jdbc.sql("""
                update roll_return set status = ?, effective_on = case when ? then ? else effective_on end,
                    la_enquiries = ?, la_enquiries_on = ?, la_outcome = ?, la_recorded_at = ?, la_recorded_by = ?
                where id = ? and status = 'PENDING_LA'""")
                .params(status.name(), status == DeletionStatus.ACCEPTED, deletedOn, la.checked().trim(), la.on(),
                        la.outcome().name(), Timestamp.from(reported.at()), reported.by(), id)
                .update() == 1;
    }

    /** A deletion return whole (the child's name left for the caller). */
    Optional<DeletionRecord> deletion(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ? and r.kind = 'DELETION'").param(id).query((rs, n) -> {
            String outcome = rs.getString("la_outcome");
            var la = outcome == null ? null : new LaEnquiries(rs.getString("la_enquiries"),
                    rs.getObject("la_enquiries_on", LocalDate.class), LaEnquiries.Outcome.valueOf(outcome));
            var recordedAt = rs.getTimestamp("la_recorded_at");
            var proposed = rs.getObject("proposed_on", LocalDate.class);
            return new DeletionRecord(rollReturn(rs, n), proposed != null ? proposed : rs.getObject("effective_on",
                    LocalDate.class), rs.getString("school_enquiries"),
                    rs.getObject("school_enquiries_on", LocalDate.class), rs.getObject("absent_from", LocalDate.class),
                    rs.getObject("leave_from", LocalDate.class), rs.getObject("leave_to", LocalDate.class),
                    rs.getObject("marks_verified", Boolean.class), rs.getString("evidence"), la,
                    rs.getString("la_recorded_by"), recordedAt == null ? null : recordedAt.toInstant());
        }).optional();
    }

    /** The day a deletion of this registration waiting for the LA was sent, if one is. */
    Optional<LocalDate> pendingFor(UUID registrationId) {
        return jdbc.sql("select reported_on from roll_return where registration_id = ? and status = 'PENDING_LA'")
                .param(registrationId).query(LocalDate.class).optional();
    }

    /** Deletions waiting for the LA's part of the joint enquiries, oldest first. */
    List<RollReturn> pendingLa() {
        return jdbc.sql(SELECT + " where r.status = 'PENDING_LA' order by r.reported_at")
                .query(JdbcRollReturnRows::rollReturn).list();
    }

    void insertCrossLaSent(UUID returnId, UUID childId, String otherLa, Reported reported) {
        jdbc.sql("""
                insert into cross_la_notification (id, roll_return_id, child_id, direction, other_la, notified_on,
                    recorded_at, recorded_by)
                values (?, ?, ?, 'SENT', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), returnId, childId, otherLa, reported.on(), Timestamp.from(reported.at()),
                        reported.by())
                .update();
    }

    /** The deletion returns that named this school as the child's destination. */
    List<UUID> deletionsExpecting(UUID childId, UUID establishmentId) {
        return jdbc.sql("""
                select id from roll_return where kind = 'DELETION' and status = 'ACCEPTED' and child_id = ?
                and destination_establishment = ?""")
                .params(childId, establishmentId).query(UUID.class).list();
    }

    Optional<RollReturn> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcRollReturnRows::rollReturn).optional();
    }

    List<RollReturn> forEstablishment(UUID establishmentId) {
        return jdbc.sql(SELECT + " where r.establishment_id = ? order by r.reported_at desc limit 500")
                .param(establishmentId).query(JdbcRollReturnRows::rollReturn).list();
    }

    List<RollReturn> leftForUnknownDestinations() {
        return jdbc.sql(SELECT + " where r.kind = 'DELETION' and r.status = 'ACCEPTED' and r.destination = 'UNKNOWN'"
                + " order by r.effective_on")
                .query(JdbcRollReturnRows::rollReturn).list();
    }

    /** Leavers to a school in the LA that has not registered them (within 30 days before they left, or since). */
    List<RollReturn> awaitingTheirNewSchool() {
        return jdbc.sql(SELECT + """
                 where r.kind = 'DELETION' and r.status = 'ACCEPTED' and r.destination = 'SCHOOL_IN_LA' and not exists (
                    select 1 from registration g where g.child_id = r.child_id
                    and g.establishment_id = r.destination_establishment and g.starts_on >= r.effective_on - 30)
                order by r.effective_on""").query(JdbcRollReturnRows::rollReturn).list();
    }

    List<CrossLaSent> crossLaNotices(int limit) {
        return jdbc.sql("select * from cross_la_notification order by notified_on desc limit ?").param(limit)
                .query((rs, n) -> new CrossLaSent(rs.getObject("child_id", UUID.class), rs.getString("direction"),
                        rs.getString("other_la"), rs.getObject("notified_on", LocalDate.class))).list();
    }

    long lateJoinersSince(LocalDate from) {
        return jdbc.sql("select count(*) from roll_return where kind = 'JOINER' and late and reported_on >= ?")
                .param(from).query(Long.class).single();
    }

    /** Every registration of these children, by child. */
    Map<UUID, List<Started>> registrationsOf(Collection<UUID> childIds) {
        Map<UUID, List<Started>> started = new HashMap<>();
        jdbc.sql("select id, child_id, starts_on from registration where child_id = any(?)")
                .param(childIds.toArray(UUID[]::new))
                .query(rs -> {
                    started.computeIfAbsent(rs.getObject("child_id", UUID.class), k -> new ArrayList<>())
                            .add(new Started(rs.getObject("id", UUID.class), rs.getObject("starts_on", LocalDate.class)));
                });
        return started;
    }

    /** Joiners and leavers since {@code from}, and late returns ever, at one school. */
    long[] counts(UUID establishmentId, LocalDate from) {
        return jdbc.sql("""
                select count(*) filter (where kind = 'JOINER' and effective_on >= ?),
                    count(*) filter (where kind = 'DELETION' and status = 'ACCEPTED' and effective_on >= ?), count(*) filter (where late)
                from roll_return where establishment_id = ?""")
                .params(from, from, establishmentId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** The school's latest roll snapshot: when it came and how many pupils it left out. */
    record LatestSnapshot(Instant uploadedAt, long missing) {
    }

    Optional<LatestSnapshot> latestSnapshot(UUID establishmentId) {
        return jdbc.sql("""
                select s.uploaded_at, (select count(*) from roll_snapshot_item i where i.snapshot_id = s.id and i.kind = 'MISSING')
                from roll_snapshot s where s.establishment_id = ? order by s.uploaded_at desc limit 1""")
                .param(establishmentId)
                .query((rs, n) -> new LatestSnapshot(rs.getTimestamp(1).toInstant(), rs.getLong(2)))
                .optional();
    }

    private static RollReturn rollReturn(ResultSet rs, int row) throws SQLException {
        String ground = rs.getString("deletion_ground");
        String destination = rs.getString("destination");
        return new RollReturn(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getObject("registration_id", UUID.class),
                rs.getObject("child_id", UUID.class), null, rs.getObject("establishment_id", UUID.class),
                rs.getString("establishment_name"), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("reported_on", LocalDate.class), rs.getBoolean("late"),
                ground == null ? null : DeletionGround.valueOf(ground),
                destination == null ? null : Destination.valueOf(destination),
                rs.getString("destination_name") != null ? rs.getString("destination_name") : rs.getString("destination_detail"),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"),
                DeletionStatus.valueOf(rs.getString("status")));
    }
}
