package org.rejoin.cme.internal;

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

import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseDocument;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseNote;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.EnquiryOutcome;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.MilestoneEntry;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The CME tables, row by row: SQL and row mapping only. */
@Repository
class JdbcCaseRows {

    /** A case row, before its milestones, child and key worker's name are filled in. */
    record CaseRow(UUID id, String reference, UUID childId, UUID referralId, CaseKind kind, LocalDate dateReferred,
            UUID keyWorker, String needsSummary, String eligibility, String lastKnownPlacement,
            LocalDate lastKnownPlacementOn, boolean lookedAfterEmergency, Instant openedAt, String openedBy,
            long version) {
    }

    /** A case to insert: its last known placement is taken from the child's registrations. */
    record NewCaseRow(UUID id, String reference, UUID childId, UUID referralId, CaseKind kind, LocalDate dateReferred,
            String lastKnownPlacement, LocalDate lastKnownPlacementOn, UUID keyWorker, Instant openedAt, String openedBy) {
    }

    private final JdbcClient jdbc;

    JdbcCaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('cme_case_number')").query(Long.class).single();
    }

    void insert(NewCaseRow c) {
        jdbc.sql("""
                insert into cme_case (id, reference, child_id, referral_id, kind, date_referred, last_known_placement,
                    last_known_placement_on, key_worker, opened_at, opened_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.reference(), c.childId(), c.referralId(), c.kind().name(), c.dateReferred(),
                        c.lastKnownPlacement(), c.lastKnownPlacementOn(), c.keyWorker(), Timestamp.from(c.openedAt()),
                        c.openedBy())
                .update();
    }

    Optional<CaseRow> find(UUID id) {
        return jdbc.sql("select * from cme_case where id = ?").param(id).query(this::row).optional();
    }

    List<CaseRow> all() {
        return jdbc.sql("select * from cme_case").query(this::row).list();
    }

    List<CaseRow> withKeyWorker(UUID keyWorker) {
        return jdbc.sql("select * from cme_case where key_worker = ?").param(keyWorker).query(this::row).list();
    }

    /** The cases these referrals opened. */
    List<CaseRow> forReferrals(java.util.Collection<UUID> referralIds) {
        return jdbc.sql("select * from cme_case where referral_id = any(?)").param(referralIds.toArray(UUID[]::new))
                .query(this::row).list();
    }

    List<CaseRow> forChild(UUID childId) {
        return jdbc.sql("select * from cme_case where child_id = ? order by opened_at desc").param(childId)
                .query(this::row).list();
    }

    /** Adds the version check of optimistic locking; false when someone else changed the case first. */
    boolean bump(UUID id, long version) {
        return jdbc.sql("update cme_case set version = version + 1 where id = ? and version = ?").params(id, version)
                .update() == 1;
    }

    /** False when someone else changed the case first. */
    boolean update(UUID id, long version, CaseDetails d) {
        return jdbc.sql("""
                update cme_case set key_worker = ?, needs_summary = ?, eligibility = ?, last_known_placement = ?,
                    last_known_placement_on = ?, looked_after_emergency = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.keyWorker(), d.needsSummary(), d.eligibility(), d.lastKnownPlacement(),
                        d.lastKnownPlacementOn(), d.lookedAfterEmergency(), id, version)
                .update() == 1;
    }

    void insertMilestone(UUID caseId, int position, NewMilestone m, Instant at, String by) {
        jdbc.sql("""
                insert into cme_milestone (case_id, position, milestone, occurred_on, details, outcome, destination,
                    recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, position, m.milestone().name(), m.occurredOn(), m.details(),
                        m.outcome() == null ? null : m.outcome().name(), m.destination(),
                        Timestamp.from(at), by)
                .update();
    }

    /** The milestones of each case, oldest first. */
    Map<UUID, List<MilestoneEntry>> milestones(Collection<UUID> caseIds) {
        Map<UUID, List<MilestoneEntry>> milestones = new HashMap<>();
        jdbc.sql("select * from cme_milestone where case_id = any(?) order by case_id, position")
                .param(caseIds.toArray(UUID[]::new))
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    milestones.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new MilestoneEntry(rs.getInt("position"), Milestone.valueOf(rs.getString("milestone")),
                                    rs.getObject("occurred_on", LocalDate.class), rs.getString("details"),
                                    outcome == null ? null : ClosureOutcome.valueOf(outcome), rs.getString("destination"),
                                    rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")));
                    return null;
                }).list();
        return milestones;
    }

    void insertEnquiry(UUID id, UUID caseId, NewEnquiry e, Instant at, String by) {
        jdbc.sql("""
                insert into cme_enquiry (id, case_id, check_type, checked_on, outcome, notes, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, e.check().name(), e.checkedOn(), e.outcome().name(), e.notes(), Timestamp.from(at), by)
                .update();
    }

    List<Enquiry> enquiries(UUID caseId) {
        return jdbc.sql("select * from cme_enquiry where case_id = ? order by checked_on, recorded_at").param(caseId)
                .query((rs, n) -> new Enquiry(rs.getObject("id", UUID.class), EnquiryCheck.valueOf(rs.getString("check_type")),
                        rs.getObject("checked_on", LocalDate.class), EnquiryOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("notes"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    void insertNote(UUID id, UUID caseId, CaseFile.NoteToKeep note, Instant at, String by) {
        jdbc.sql("""
                insert into cme_note (id, case_id, kind, occurred_on, contact_with, method, text, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, note.kind(), note.occurredOn(), note.contactWith(), note.method(), note.text(),
                        Timestamp.from(at), by)
                .update();
    }

    List<CaseNote> notes(UUID caseId) {
        return jdbc.sql("select * from cme_note where case_id = ? order by occurred_on, recorded_at").param(caseId)
                .query((rs, n) -> new CaseNote(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("contact_with"), rs.getString("method"),
                        rs.getString("text"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    void insertDocument(UUID id, UUID caseId, CaseFile.DocumentToKeep d, Instant at, String by) {
        jdbc.sql("""
                insert into cme_document (id, case_id, filename, content_type, size_bytes, content, description,
                    uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caseId, d.filename(), d.contentType(), d.content().length, d.content(), d.description(),
                        Timestamp.from(at), by)
                .update();
    }

    List<CaseDocument> documents(UUID caseId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, description, uploaded_at, uploaded_by
                from cme_document where case_id = ? order by uploaded_at""").param(caseId)
                .query((rs, n) -> new CaseDocument(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("description"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
                .list();
    }

    Optional<byte[]> content(UUID caseId, UUID documentId) {
        return jdbc.sql("select content from cme_document where id = ? and case_id = ?").params(documentId, caseId)
                .query(byte[].class).optional();
    }

    private CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("child_id", UUID.class),
                rs.getObject("referral_id", UUID.class), CaseKind.valueOf(rs.getString("kind")),
                rs.getObject("date_referred", LocalDate.class), rs.getObject("key_worker", UUID.class),
                rs.getString("needs_summary"), rs.getString("eligibility"), rs.getString("last_known_placement"),
                rs.getObject("last_known_placement_on", LocalDate.class), rs.getBoolean("looked_after_emergency"),
                rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"), rs.getLong("version"));
    }
}
