package org.rejoin.rolls.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfExport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Common Transfer Files kept: imports and their pupils, what files said of a child's schools and
 * attendance ({@code child_school_history}, {@code child_attendance_year}), exports and their pupils.
 * SQL and row mapping only.
 */
@Repository
class JdbcCtfRows {

    /** A leaver whose file has not gone: the row the "due" list is made from. */
    record Leaver(UUID childId, UUID establishmentId, String establishmentName, LocalDate leftOn, String destination,
            String destinationLa, String destinationEstab) {
    }

    private final JdbcClient jdbc;

    JdbcCtfRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertImport(UUID id, String name, Ctf.Header h, int pupils, Instant at, String by) {
        jdbc.sql("""
                insert into ctf_import (id, file_name, ctf_version, created_at, source_la, source_estab, source_name,
                    dest_la, dest_estab, pupils, imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, h.version(), h.createdAt(), h.source().la(), h.source().estab(), h.source().name(),
                        h.destination().la(), h.destination().estab(), pupils, Timestamp.from(at), by)
                .update();
    }

    void insertImportPupil(UUID importId, int position, UUID childId, String name, String outcome, String detail) {
        jdbc.sql("insert into ctf_import_pupil (import_id, position, child_id, name, outcome, detail) values (?, ?, ?, ?, ?, ?)")
                .params(importId, position, childId, name, outcome, detail).update();
    }

    /** Keeps the school history and attendance year data: a later file saying the same school or year replaces it. */
    void keep(UUID childId, Ctf.Pupil pupil, UUID importId) {
        for (var s : pupil.history()) {
            jdbc.sql("""
                    insert into child_school_history (child_id, la, estab, school_name, entry_date, leaving_date,
                        leaving_reason, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (child_id, la, estab, entry_date) do update set school_name = excluded.school_name,
                        leaving_date = excluded.leaving_date, leaving_reason = excluded.leaving_reason,
                        import_id = excluded.import_id""")
                    .params(childId, s.la(), s.estab(), s.schoolName(), s.entryDate(), s.leavingDate(), s.leavingReason(),
                            importId)
                    .update();
        }
        for (var y : pupil.attendance()) {
            jdbc.sql("""
                    insert into child_attendance_year (child_id, academic_year, la, estab, school_name, sessions_possible,
                        sessions_authorised, sessions_attended, sessions_unauthorised, marks, marks_from, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (child_id, academic_year, la, estab) do update set school_name = excluded.school_name,
                        sessions_possible = excluded.sessions_possible, sessions_authorised = excluded.sessions_authorised,
                        sessions_attended = excluded.sessions_attended,
                        sessions_unauthorised = excluded.sessions_unauthorised, marks = excluded.marks,
                        marks_from = excluded.marks_from, import_id = excluded.import_id""")
                    .params(childId, y.year(), y.la(), y.estab(), y.schoolName(), y.possible(), y.authorised(),
                            y.attended(), y.unauthorised(), y.marks(), y.marksFrom(), importId)
                    .update();
        }
    }

    /** The schools a child was at, as Common Transfer Files said (the child's merged records too). */
    List<Ctf.SchoolSpell> history(UUID[] records) {
        return jdbc.sql("""
                select la, estab, school_name, entry_date, leaving_date, leaving_reason from child_school_history
                where child_id = any(?) order by entry_date""").param(records)
                .query((rs, n) -> new Ctf.SchoolSpell(rs.getString("la"), rs.getString("estab"), rs.getString("school_name"),
                        rs.getObject("entry_date", LocalDate.class), rs.getObject("leaving_date", LocalDate.class),
                        rs.getString("leaving_reason"))).list();
    }

    /** The child's attendance year by year, as Common Transfer Files said. */
    List<Ctf.AttendanceYear> attendance(UUID[] records) {
        return jdbc.sql("""
                select * from child_attendance_year where child_id = any(?) order by academic_year, la, estab""")
                .param(records)
                .query((rs, n) -> new Ctf.AttendanceYear(rs.getInt("academic_year"), rs.getString("la"), rs.getString("estab"),
                        rs.getString("school_name"), (Integer) rs.getObject("sessions_possible"),
                        (Integer) rs.getObject("sessions_authorised"), (Integer) rs.getObject("sessions_attended"),
                        (Integer) rs.getObject("sessions_unauthorised"), rs.getString("marks"),
                        rs.getObject("marks_from", LocalDate.class))).list();
    }

    /**
     * How many files the establishment has sent, holding its lock until the transaction ends: one file
     * at a time per establishment, so two exports never share a sequence number.
     */
    int lockAndCountExports(UUID establishmentId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("ctf_export " + establishmentId).query().singleRow();
        return jdbc.sql("select count(*) from ctf_export where establishment_id = ?").param(establishmentId)
                .query(Integer.class).single();
    }

    void insertExport(UUID id, UUID establishmentId, int sequence, String fileName, Ctf.School destination, Instant at,
            String by) {
        jdbc.sql("""
                insert into ctf_export (id, establishment_id, sequence, file_name, dest_la, dest_estab, exported_at, exported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, establishmentId, sequence, fileName, destination.la(), destination.estab(), Timestamp.from(at), by)
                .update();
    }

    /** @param late null when it cannot be told (term dates missing) */
    void insertExportPupil(UUID exportId, UUID childId, LocalDate leftOn, Boolean late) {
        jdbc.sql("insert into ctf_export_pupil (export_id, child_id, left_on, late) values (?, ?, ?, ?)")
                .params(exportId, childId, leftOn, late).update();
    }

    /** The establishment's last hundred files, newest first, each with how many pupils and how many late. */
    List<CtfExport.Sent> sent(UUID establishmentId) {
        return jdbc.sql("""
                select e.*, (select count(*) from ctf_export_pupil p where p.export_id = e.id) as pupils,
                    (select count(*) from ctf_export_pupil p where p.export_id = e.id and p.late) as late,
                    (select count(*) from ctf_export_pupil p where p.export_id = e.id and p.late is null) as late_unknown
                from ctf_export e where e.establishment_id = ? order by e.exported_at desc limit 100""")
                .param(establishmentId)
                .query((rs, n) -> new CtfExport.Sent(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        CtfRules.describe(new Ctf.School(rs.getString("dest_la"), rs.getString("dest_estab"), null, null)),
                        rs.getTimestamp("exported_at").toInstant(), rs.getString("exported_by"), rs.getInt("pupils"),
                        rs.getInt("late"), rs.getInt("late_unknown")))
                .list();
    }

    /**
     * Leavers since {@code since} (of one establishment, or every one when null) whose school has sent
     * no file for them since they left, oldest first; schools named (docs/architecture.md, sanctioned reads).
     */
    List<Leaver> awaitingFiles(UUID establishmentId, LocalDate since) {
        return jdbc.sql("""
                select r.child_id, r.establishment_id, o.name as establishment_name, r.effective_on, r.destination,
                    d.la_code as dest_la, d.establishment_number as dest_estab
                from roll_return r join organisation o on o.id = r.establishment_id
                left join establishment d on d.organisation_id = r.destination_establishment
                where r.kind = 'DELETION' and r.status = 'ACCEPTED' and r.destination <> 'NOT_APPLICABLE'
                and r.effective_on >= ?
                and (cast(? as uuid) is null or r.establishment_id = ?)
                and not exists (select 1 from ctf_export_pupil p join ctf_export e on e.id = p.export_id
                    where p.child_id = r.child_id and e.establishment_id = r.establishment_id
                    and e.exported_at >= r.effective_on)
                order by r.effective_on""")
                .params(since, establishmentId, establishmentId)
                .query((rs, n) -> new Leaver(rs.getObject("child_id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getString("establishment_name"), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("destination"), rs.getString("dest_la"), rs.getString("dest_estab")))
                .list();
    }
}
