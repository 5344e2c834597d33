package org.rejoin.rolls.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfAttendanceReceived;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.CtfImport;
import org.rejoin.rolls.CtfRequest;
import org.rejoin.rolls.LostPupilFileReceived;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.WaitingForCme;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@LaOrEstablishmentStaff
class JdbcCommonTransferFiles implements CommonTransferFiles {

    /** RULES.md 3: the CTF goes to the new school within 15 school days of the pupil leaving. */
    static final int CTF_DAYS = 15;

    private final JdbcClient jdbc;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final JdbcRegistrations registrations;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final AuditLog audit;
    private final RejoinActor actor;
    private final ApplicationEventPublisher events;
    private final List<WaitingForCme> cme;
    private final Clock clock;

    JdbcCommonTransferFiles(JdbcClient jdbc, ChildRegister children, ChildMerges merges,
            JdbcRegistrations registrations, Organisations organisations, SchoolCalendar calendar, AuditLog audit,
            RejoinActor actor, ApplicationEventPublisher events, List<WaitingForCme> cme, Clock clock) {
        this.cme = cme;
        this.events = events;
        this.jdbc = jdbc;
        this.children = children;
        this.merges = merges;
        this.registrations = registrations;
        this.organisations = organisations;
        this.calendar = calendar;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public CtfImport importFile(InputStream xml, String fileName, RejoinUser user) {
        var file = CtfReader.read(xml, LocalDate.now(clock));
        var rejoin = actor.user();
        // Every pupil must make a record the register accepts before anything is written.
        var problems = new ArrayList<FieldError>();
        var details = file.pupils().stream().map(CtfDetails::details).toList();
        for (int i = 0; i < details.size(); i++) {
            String path = pupilPath(i, details.size());
            var d = details.get(i);
            SystemAuthentication.run(rejoin, () -> children.problems(d))
                    .forEach(e -> problems.add(onFile(path, d, e)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var h = file.header();
        UUID id = UUID.randomUUID();
        var importedAt = clock.instant();
        String name = fileName == null || fileName.isBlank() ? "CTF from " + h.source().laestab() : fileName.trim();
        jdbc.sql("""
                insert into ctf_import (id, file_name, ctf_version, created_at, source_la, source_estab, source_name,
                    dest_la, dest_estab, pupils, imported_at, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, name, h.version(), h.createdAt(), h.source().la(), h.source().estab(), h.source().name(),
                        h.destination().la(), h.destination().estab(), file.pupils().size(), Timestamp.from(importedAt),
                        user.username())
                .update();
        var outcomes = new ArrayList<CtfImport.Pupil>();
        for (int i = 0; i < file.pupils().size(); i++) {
            var pupil = file.pupils().get(i);
            var incoming = details.get(i);
            // As a joiner: an automatic match is this child; otherwise the child is added, and any possible
            // match goes to the review queue. The same child is never created twice.
            var match = SystemAuthentication.run(rejoin, () -> children.possibleDuplicates(incoming, rejoin)).stream()
                    .filter(PossibleDuplicate::isMatch).findFirst();
            UUID childId;
            String outcome;
            String detail;
            if (match.isPresent()) {
                childId = match.get().child().id();
                var held = SystemAuthentication.run(rejoin, () -> children.view(childId, rejoin));
                var merged = CtfDetails.merge(held.details(), incoming);
                if (merged.changed()) {
                    SystemAuthentication.run(rejoin, () -> children.update(childId, held.version(), merged.details(), rejoin));
                }
                outcome = "MATCHED";
                var parts = new ArrayList<String>();
                parts.add(merged.added().isEmpty() ? "Nothing new for the record" : "Added " + String.join(", ", merged.added()));
                if (!merged.differences().isEmpty()) {
                    parts.add("differs: " + String.join("; ", merged.differences()));
                }
                detail = String.join("; ", parts);
            }
            else {
                childId = SystemAuthentication.run(rejoin, () -> children.create(incoming, true, rejoin)).id();
                outcome = "ADDED";
                detail = "Not in the register: added";
            }
            keep(childId, pupil, id);
            if (!pupil.attendance().isEmpty()) {
                events.publishEvent(new CtfAttendanceReceived(childId, pupilPath(i, file.pupils().size()),
                        pupil.attendance(), user));
            }
            jdbc.sql("insert into ctf_import_pupil (import_id, position, child_id, name, outcome, detail) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, childId, pupil.name(), outcome, detail).update();
            audit.record(user, AuditAction.CTF_IMPORTED, childId, name + " from " + describe(h.source()), List.of());
            outcomes.add(new CtfImport.Pupil(childId, pupil.name(), outcome, detail));
        }
        if (h.destination().isLostPupil() || h.destination().isAbroad()) {
            // Said only of a child not already waiting: for one who is, the file's reason joins that referral.
            var waiting = outcomes.stream().map(CtfImport.Pupil::childId)
                    .filter(child -> cme.stream().anyMatch(w -> w.isWaiting(child))).toList();
            referLost(file, outcomes, user);
            outcomes.replaceAll(p -> waiting.contains(p.childId()) ? p : new CtfImport.Pupil(p.childId(), p.name(),
                    p.outcome(), p.detail() + "; referred to the CME team"));
        }
        return new CtfImport(id, name, h, importedAt, user.username(), outcomes);
    }

    /**
     * A lost pupil's file (XXX/XXXX) means a school did not know where the child went; a file for a move
     * abroad (MMM/MMMM) that reaches the LA needs the move checked. Each such child is referred to the CME
     * team, with their last school and its leaving date (added to a referral already waiting, if there is one).
     */
    private void referLost(Ctf.File file, List<CtfImport.Pupil> outcomes, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        var h = file.header();
        for (int i = 0; i < outcomes.size(); i++) {
            var p = file.pupils().get(i);
            UUID childId = outcomes.get(i).childId();
            var last = p.history().stream().filter(s -> s.leavingDate() != null)
                    .max(Comparator.comparing(Ctf.SchoolSpell::leavingDate));
            String left = last.map(s -> "; left " + (s.schoolName() == null ? s.la() + s.estab() : s.schoolName()) + " on "
                    + s.leavingDate()).orElse("");
            events.publishEvent(new LostPupilFileReceived(childId, p, !h.destination().isLostPupil(),
                    describe(h.source()), left, today, user));
        }
    }

    /** Where the {@code i}th of {@code n} pupils sits in a file, to name a problem by. */
    private static String pupilPath(int i, int n) {
        return "/CTfile/CTFpupilData/Pupil" + (n > 1 ? "[" + (i + 1) + "]" : "");
    }

    /** A rule of the register, named by the element of the file it comes from. */
    private static FieldError onFile(String pupil, org.rejoin.children.ChildDetails d, FieldError e) {
        String field = e.field();
        var carer = java.util.regex.Pattern.compile("carers\\[(\\d+)].*").matcher(field);
        if (carer.matches()) {
            return new FieldError(pupil + "/Contacts", "Contact " + d.carers().get(Integer.parseInt(carer.group(1))).name()
                    + ": " + e.message());
        }
        String element = field.startsWith("addresses") ? "/Address" : field.startsWith("formerUpns") ? "/BasicDetails/FormerUPN"
                : field.startsWith("formerNames") ? "/BasicDetails/FormerSurname" : switch (field) {
                    case "upn" -> "/UPN";
                    case "uln" -> "/UniqueLearnerNumber";
                    case "legalForename" -> "/Forename";
                    case "legalSurname" -> "/Surname";
                    case "middleNames" -> "/BasicDetails/MiddleNames";
                    case "preferredForename" -> "/BasicDetails/PreferredForename";
                    case "preferredSurname" -> "/BasicDetails/PreferredSurname";
                    case "dateOfBirth" -> "/DOB";
                    default -> "";
                };
        return new FieldError(pupil + element, e.message());
    }

    /** The school history and attendance year data: a later file saying the same school or year replaces it. */
    private void keep(UUID childId, Ctf.Pupil pupil, UUID importId) {
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

    @Override
    public CtfExport export(CtfRequest request, RejoinUser user) {
        var errors = new ArrayList<FieldError>();
        if (request.establishmentId() == null) {
            throw new InvalidInputException("establishmentId", "Select the establishment the pupils are or were at");
        }
        var source = establishment(request.establishmentId(), user);
        if (source.establishmentNumber() == null) {
            errors.add(new FieldError("establishmentId", source.name() + " has no establishment number in GIAS,"
                    + " so a Common Transfer File cannot name it as the source"));
        }
        var childIds = request.childIds() == null ? List.<UUID>of()
                : List.copyOf(new LinkedHashSet<>(request.childIds()));
        if (childIds.isEmpty()) {
            errors.add(new FieldError("childIds", "Select at least one pupil"));
        }
        var destination = destination(request.destinationLa(), request.destinationEstab(), errors);
        var rejoin = actor.user();
        var spells = new ArrayList<Registration>();
        var registered = new java.util.HashMap<UUID, List<Registration>>();
        for (UUID childId : childIds) {
            registered.put(childId, SystemAuthentication.run(rejoin, () -> registrations.forChild(childId, rejoin)));
            var atSource = registered.get(childId).stream().filter(r -> r.establishmentId().equals(source.id())).findFirst();
            if (atSource.isEmpty()) {
                errors.add(new FieldError("childIds", "A pupil selected has never been on " + source.name() + "'s roll"));
            }
            else {
                spells.add(atSource.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate today = LocalDate.now(clock);
        var header = new Ctf.Header(Ctf.VERSION, LocalDateTime.now(clock), new Ctf.School(source.laCode(),
                source.establishmentNumber(), source.urn(), source.name()), AcademicYear.of(today).startYear(), destination);
        var pupils = new ArrayList<Ctf.Pupil>();
        for (UUID childId : childIds) {
            var pupil = pupil(childId, registered.get(childId), today, rejoin);
            if (pupil.upn() == null) {
                errors.add(new FieldError("childIds", pupil.name() + " has no UPN in Rejoin, and a Common Transfer File"
                        + " names each pupil by UPN: record the UPN the school gave them (a temporary one if need be) first"));
            }
            pupils.add(pupil);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A lost pupil's file, and a move abroad, hold one pupil each (RULES.md 3).
        boolean onePerFile = destination.isLostPupil() || destination.isAbroad();
        var files = new ArrayList<String>();
        var contents = new ArrayList<byte[]>();
        int late = 0;
        for (int i = 0; i < (onePerFile ? pupils.size() : 1); i++) {
            var inFile = onePerFile ? List.of(pupils.get(i)) : pupils;
            var inFileSpells = onePerFile ? List.of(spells.get(i)) : spells;
            var recorded = record(source, destination, inFileSpells, today, user);
            late += recorded.late();
            files.add(recorded.fileName());
            byte[] content = CtfWriter.write(new Ctf.File(header, inFile));
            // What Rejoin sends passes its own reader: a file a receiving MIS would refuse is a fault here.
            CtfReader.read(new java.io.ByteArrayInputStream(content), LocalDate.now(clock));
            contents.add(content);
        }
        for (UUID childId : childIds) {
            audit.record(user, AuditAction.CTF_EXPORTED, childId, "From " + source.name() + " to " + describe(destination),
                    List.of());
        }
        if (files.size() == 1) {
            return new CtfExport(files.get(0), "application/xml", contents.get(0), files, pupils.size(), late);
        }
        return new CtfExport(source.laestab() + "_CTF_" + destination.laestab() + "_" + today + ".zip", "application/zip",
                zip(files, contents), files, pupils.size(), late);
    }

    private record Recorded(String fileName, int late) {
    }

    /** The file's sequence number and name, and whether each pupil's file went late. */
    private Recorded record(Establishment source, Ctf.School destination, List<Registration> spells, LocalDate today,
            RejoinUser user) {
        // One file at a time per establishment, so two exports never share a sequence number.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("ctf_export " + source.id()).query().singleRow();
        int count = jdbc.sql("select count(*) from ctf_export where establishment_id = ?").param(source.id())
                .query(Integer.class).single();
        int sequence = count % 999 + 1;
        // RULES.md 3: LLLEEEE_CTF_LLLEEEE_nnn.XML, the source then the destination.
        String fileName = String.format(Locale.ROOT, "%s_CTF_%s_%03d.XML", source.laestab(), destination.laestab(),
                sequence);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ctf_export (id, establishment_id, sequence, file_name, dest_la, dest_estab, exported_at, exported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, source.id(), sequence, fileName, destination.la(), destination.estab(),
                        Timestamp.from(clock.instant()), user.username())
                .update();
        int late = 0;
        for (var spell : spells) {
            boolean isLate = spell.endsOn() != null && isLate(source.id(), spell.endsOn(), today);
            late += isLate ? 1 : 0;
            jdbc.sql("insert into ctf_export_pupil (export_id, child_id, left_on, late) values (?, ?, ?, ?)")
                    .params(id, spell.childId(), spell.endsOn(), isLate).update();
        }
        return new Recorded(fileName, late);
    }

    /** RULES.md 3: more than 15 of the school's school days after the pupil left; never when term dates are missing. */
    private boolean isLate(UUID establishmentId, LocalDate leftOn, LocalDate sentOn) {
        try {
            return sentOn.isAfter(calendar.forEstablishment(establishmentId).add(leftOn, CTF_DAYS));
        }
        catch (CalendarNotDefinedException e) {
            return false;
        }
    }

    /** The child as a CTF pupil: the register's record, the history and attendance kept, and Rejoin's own registrations. */
    private Ctf.Pupil pupil(UUID childId, List<Registration> registered, LocalDate today, RejoinUser rejoin) {
        var record = SystemAuthentication.run(rejoin, () -> children.view(childId, rejoin));
        var records = merges.recordsOf(childId).toArray(UUID[]::new);
        var history = new ArrayList<>(history(records));
        var known = new HashSet<String>();
        history.forEach(s -> known.add(s.la() + s.estab() + s.entryDate()));
        for (var r : registered) {
            var school = organisations.establishment(r.establishmentId()).orElse(null);
            if (school != null && school.establishmentNumber() != null
                    && known.add(school.laCode() + school.establishmentNumber() + r.startsOn())) {
                history.add(new Ctf.SchoolSpell(school.laCode(), school.establishmentNumber(), school.name(), r.startsOn(),
                        r.endsOn(), r.deletionGround() == null ? null : r.deletionGround().description()));
            }
        }
        history.sort(Comparator.comparing(Ctf.SchoolSpell::entryDate));
        return CtfDetails.pupil(record.details(), today, attendance(records), history);
    }

    /** The schools a child was at, as Common Transfer Files said (the child's merged records too). */
    private List<Ctf.SchoolSpell> history(UUID[] records) {
        return jdbc.sql("""
                select la, estab, school_name, entry_date, leaving_date, leaving_reason from child_school_history
                where child_id = any(?) order by entry_date""").param(records)
                .query((rs, n) -> new Ctf.SchoolSpell(rs.getString("la"), rs.getString("estab"), rs.getString("school_name"),
                        rs.getObject("entry_date", LocalDate.class), rs.getObject("leaving_date", LocalDate.class),
                        rs.getString("leaving_reason"))).list();
    }

    /** The child's attendance year by year, as Common Transfer Files said. */
    private List<Ctf.AttendanceYear> attendance(UUID[] records) {
        return jdbc.sql("""
                select * from child_attendance_year where child_id = any(?) order by academic_year, la, estab""")
                .param(records)
                .query((rs, n) -> new Ctf.AttendanceYear(rs.getInt("academic_year"), rs.getString("la"), rs.getString("estab"),
                        rs.getString("school_name"), (Integer) rs.getObject("sessions_possible"),
                        (Integer) rs.getObject("sessions_authorised"), (Integer) rs.getObject("sessions_attended"),
                        (Integer) rs.getObject("sessions_unauthorised"), rs.getString("marks"),
                        rs.getObject("marks_from", LocalDate.class))).list();
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public Ctf.Kept kept(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        var records = merges.recordsOf(childId).toArray(UUID[]::new);
        return new Ctf.Kept(history(records), attendance(records));
    }

    private static Ctf.School destination(String la, String estab, List<FieldError> errors) {
        String l = la == null ? "" : la.trim().toUpperCase(Locale.ROOT);
        String e = estab == null ? "" : estab.trim().toUpperCase(Locale.ROOT);
        boolean school = l.matches("[0-9]{3}") && e.matches("[0-9]{4}");
        if (!school && !(l.equals("XXX") && e.equals("XXXX")) && !(l.equals("MMM") && e.equals("MMMM"))) {
            errors.add(new FieldError("destination", "Give the receiving school's LA code (3 digits) and establishment"
                    + " number (4 digits); XXX and XXXX for a pupil whose destination is not known; MMM and MMMM for a"
                    + " move abroad or out of the English and Welsh system"));
        }
        return new Ctf.School(l, e, null, null);
    }

    private static String describe(Ctf.School school) {
        return school.isLostPupil() ? "the Lost Pupils Database (XXX/XXXX)"
                : school.isAbroad() ? "abroad (MMM/MMMM)"
                : (school.name() == null ? "" : school.name() + " ") + school.la() + "/" + school.estab();
    }

    private static byte[] zip(List<String> names, List<byte[]> contents) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(contents.get(i));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<CtfExport.Sent> sent(UUID establishmentId, RejoinUser user) {
        establishment(establishmentId, user);
        return jdbc.sql("""
                select e.*, (select count(*) from ctf_export_pupil p where p.export_id = e.id) as pupils,
                    (select count(*) from ctf_export_pupil p where p.export_id = e.id and p.late) as late
                from ctf_export e where e.establishment_id = ? order by e.exported_at desc limit 100""")
                .param(establishmentId)
                .query((rs, n) -> new CtfExport.Sent(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        describe(new Ctf.School(rs.getString("dest_la"), rs.getString("dest_estab"), null, null)),
                        rs.getTimestamp("exported_at").toInstant(), rs.getString("exported_by"), rs.getInt("pupils"),
                        rs.getInt("late")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CtfExport.Due> awaiting(UUID establishmentId, RejoinUser user) {
        if (establishmentId == null) {
            if (!user.isLocalAuthorityStaff()) {
                throw new AccessDeniedException("Leavers across the LA are for LA staff");
            }
        }
        else {
            establishment(establishmentId, user);
        }
        LocalDate today = LocalDate.now(clock);
        var rows = jdbc.sql("""
                select r.child_id, r.establishment_id, o.name as establishment_name, r.effective_on, r.destination,
                    d.la_code as dest_la, d.establishment_number as dest_estab
                from roll_return r join organisation o on o.id = r.establishment_id
                left join establishment d on d.organisation_id = r.destination_establishment
                where r.kind = 'DELETION' and r.destination <> 'NOT_APPLICABLE' and r.effective_on >= ?
                and (cast(? as uuid) is null or r.establishment_id = ?)
                and not exists (select 1 from ctf_export_pupil p join ctf_export e on e.id = p.export_id
                    where p.child_id = r.child_id and e.establishment_id = r.establishment_id
                    and e.exported_at >= r.effective_on)
                order by r.effective_on""")
                .params(today.minusYears(1), establishmentId, establishmentId)
                .query((rs, n) -> new Object[] {rs.getObject("child_id", UUID.class), rs.getObject("establishment_id", UUID.class),
                        rs.getString("establishment_name"), rs.getObject("effective_on", LocalDate.class),
                        rs.getString("destination"), rs.getString("dest_la"), rs.getString("dest_estab")})
                .list();
        var rejoin = actor.user();
        var names = new java.util.HashMap<UUID, String>();
        SystemAuthentication.run(rejoin, () -> children.summaries(rows.stream().map(r -> (UUID) r[0]).distinct().toList(),
                rejoin)).forEach(c -> names.put(c.id(), c.displayName()));
        return rows.stream().map(r -> {
            LocalDate leftOn = (LocalDate) r[3];
            LocalDate dueBy;
            try {
                dueBy = calendar.forEstablishment((UUID) r[1]).add(leftOn, CTF_DAYS);
            }
            catch (CalendarNotDefinedException e) {
                dueBy = null;
            }
            String[] dest = switch ((String) r[4]) {
                case "UNKNOWN" -> new String[] {"XXX", "XXXX"};
                case "ABROAD" -> new String[] {"MMM", "MMMM"};
                case "SCHOOL_IN_LA" -> new String[] {(String) r[5], (String) r[6]};
                default -> new String[] {null, null};
            };
            return new CtfExport.Due((UUID) r[0], names.getOrDefault((UUID) r[0], ""), (UUID) r[1], (String) r[2], leftOn,
                    dueBy, dueBy != null && today.isAfter(dueBy), dest[0], dest[1]);
        }).toList();
    }

    /** A school acts for itself; LA staff for any establishment. */
    private Establishment establishment(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A Common Transfer File is sent by the establishment itself, or LA staff");
        }
        return organisations.establishment(establishmentId)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishmentId));
    }
}
