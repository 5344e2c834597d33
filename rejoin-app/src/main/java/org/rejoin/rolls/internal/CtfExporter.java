package org.rejoin.rolls.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.CtfRequest;
import org.rejoin.rolls.Registration;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Common Transfer Files out: the pupils of a school, each as the register, the files kept and
 * Rejoin's own registrations describe them; one file, or one a pupil for the Lost Pupils Database
 * and moves abroad (zipped together); each file numbered in the school's sequence and checked by
 * Rejoin's own reader before it goes; whether each pupil's file went late is kept.
 */
@Component
class CtfExporter {

    private final JdbcCtfRows rows;
    private final RegistrationService registrations;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final AuditLog audit;
    private final RejoinActor actor;
    private final Clock clock;
    private final Tasks tasks;

    CtfExporter(JdbcCtfRows rows, RegistrationService registrations, ChildRegister children, ChildMerges merges,
            Organisations organisations, SchoolCalendar calendar, AuditLog audit, RejoinActor actor, Clock clock,
            Tasks tasks) {
        this.rows = rows;
        this.registrations = registrations;
        this.children = children;
        this.merges = merges;
        this.organisations = organisations;
        this.calendar = calendar;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** The pupils chosen, each with their registrations and the one at the source school. */
    private record Chosen(List<UUID> childIds, Map<UUID, List<Registration>> registered, List<Registration> spells) {
    }

    CtfExport export(Establishment source, CtfRequest request, RejoinUser user) {
        var errors = new ArrayList<FieldError>();
        if (source.establishmentNumber() == null) {
            errors.add(new FieldError("establishmentId", source.name() + " has no establishment number in GIAS,"
                    + " so a Common Transfer File cannot name it as the source"));
        }
        var childIds = request.childIds() == null ? List.<UUID>of() : List.copyOf(new LinkedHashSet<>(request.childIds()));
        if (childIds.isEmpty()) {
            errors.add(new FieldError("childIds", "Select at least one pupil"));
        }
        var destination = CtfRules.destination(request.destinationLa(), request.destinationEstab(), errors);
        var chosen = chosen(source, childIds, user, errors);
        throwIfAny(errors);
        LocalDate today = LocalDate.now(clock);
        var header = new Ctf.Header(CtfRules.versionFor(AcademicYear.of(today)), LocalDateTime.now(clock), new Ctf.School(source.laCode(),
                source.establishmentNumber(), source.urn(), source.name()), AcademicYear.of(today).startYear(), destination);
        var pupils = pupils(chosen, today, errors);
        throwIfAny(errors);
        boolean onePerFile = CtfRules.onePupilPerFile(destination);
        var files = new ArrayList<String>();
        var contents = new ArrayList<byte[]>();
        int late = 0;
        int lateUnknown = 0;
        for (int i = 0; i < (onePerFile ? pupils.size() : 1); i++) {
            var inFile = onePerFile ? List.of(pupils.get(i)) : pupils;
            var recorded = record(source, destination, onePerFile ? List.of(chosen.spells().get(i)) : chosen.spells(),
                    today, user);
            late += recorded.late();
            lateUnknown += recorded.lateUnknown();
            files.add(recorded.fileName());
            byte[] content = CtfWriter.write(new Ctf.File(header, inFile));
            // What Rejoin sends passes its own reader: a file a receiving MIS would refuse is a fault here.
            CtfReader.read(new ByteArrayInputStream(content), today);
            contents.add(content);
        }
        for (UUID childId : chosen.childIds()) {
            audit.record(user, AuditAction.CTF_EXPORTED, childId, "From " + source.name() + " to "
                    + CtfRules.describe(destination), List.of());
        }
        if (files.size() == 1) {
            return new CtfExport(files.get(0), "application/xml", contents.get(0), files, pupils.size(), late, lateUnknown);
        }
        return new CtfExport(source.laestab() + "_CTF_" + destination.laestab() + "_" + today + ".zip", "application/zip",
                zip(files, contents), files, pupils.size(), late, lateUnknown);
    }

    /**
     * The pupils' spells at the source school. A file carries a child's whole record (addresses, parents' contacts,
     * later schools), so each child must be one the user may see, by the same organisation scope as a direct read
     * (a school: its pupils now and in the last 12 months; docs/adr/0004-organisation-scope.md).
     */
    private Chosen chosen(Establishment source, List<UUID> childIds, RejoinUser user, List<FieldError> errors) {
        var spells = new ArrayList<Registration>();
        var registered = new HashMap<UUID, List<Registration>>();
        for (UUID childId : childIds) {
            if (!children.canSee(childId, user)) {
                throw new AccessDeniedException("A pupil selected is not connected to " + user.organisationName());
            }
            registered.put(childId, actor.act(rejoin -> registrations.forChild(childId, rejoin)));
            var atSource = registered.get(childId).stream().filter(r -> r.establishmentId().equals(source.id())).findFirst();
            if (atSource.isEmpty()) {
                errors.add(new FieldError("childIds", "A pupil selected has never been on " + source.name() + "'s roll"));
            }
            else {
                spells.add(atSource.get());
            }
        }
        return new Chosen(childIds, registered, spells);
    }

    private List<Ctf.Pupil> pupils(Chosen chosen, LocalDate today, List<FieldError> errors) {
        var pupils = new ArrayList<Ctf.Pupil>();
        for (UUID childId : chosen.childIds()) {
            var pupil = pupil(childId, chosen.registered().get(childId), today);
            if (pupil.upn() == null) {
                errors.add(new FieldError("childIds", pupil.name() + " has no UPN in Rejoin, and a Common Transfer File"
                        + " names each pupil by UPN: record the UPN the school gave them (a temporary one if need be) first"));
            }
            pupils.add(pupil);
        }
        return pupils;
    }

    private record Recorded(String fileName, int late, int lateUnknown) {
    }

    /** The task kind asking the LA to enter the term dates that a file's lateness needs. */
    static final String TERM_DATES_NEEDED = "CTF_TERM_DATES_NEEDED";
    /** How the task names the file it is about. */
    static final String SUBJECT = CtfExport.TASK_SUBJECT;

    /** The file's sequence number and name, and whether each pupil's file went late. */
    private Recorded record(Establishment source, Ctf.School destination, List<Registration> spells, LocalDate today,
            RejoinUser user) {
        int sequence = CtfRules.nextSequence(rows.lockAndCountExports(source.id()));
        String fileName = CtfRules.fileName(source.laestab(), destination, sequence);
        UUID id = UUID.randomUUID();
        rows.insertExport(id, source.id(), sequence, fileName, destination, clock.instant(), user.username());
        var schoolDays = calendar.forEstablishment(source.id());
        int late = 0;
        int unknown = 0;
        var unknownYears = new java.util.TreeSet<AcademicYear>();
        for (var spell : spells) {
            Boolean isLate = spell.endsOn() == null ? Boolean.FALSE : CtfRules.lateness(schoolDays, spell.endsOn(), today);
            late += Boolean.TRUE.equals(isLate) ? 1 : 0;
            if (isLate == null) {
                unknown++;
                unknownYears.add(AcademicYear.of(spell.endsOn()));
            }
            rows.insertExportPupil(id, spell.childId(), spell.endsOn(), isLate);
        }
        if (!unknownYears.isEmpty()) {
            // Never guessed as on time: the LA is asked for the term dates the 15 school days are counted in.
            tasks.open(new NewTask(TERM_DATES_NEEDED, "Enter the term dates for " + unknownYears.stream()
                    .map(AcademicYear::label).collect(java.util.stream.Collectors.joining(" and ")) + " so that Rejoin can tell"
                    + " whether " + fileName + " from " + source.name() + " went within 15 school days", "Pupil Information"
                    + " Regulations 2005: a Common Transfer File within 15 school days of leaving, counted in school days,"
                    + " never guessed", null, SUBJECT, id, today, false, null), user);
        }
        return new Recorded(fileName, late, unknown);
    }

    /** The child as a CTF pupil: the register's record, the history and attendance kept, and Rejoin's own registrations. */
    private Ctf.Pupil pupil(UUID childId, List<Registration> registered, LocalDate today) {
        var record = actor.act(rejoin -> children.view(childId, rejoin));
        var records = merges.recordsOf(childId).toArray(UUID[]::new);
        var history = new ArrayList<>(rows.history(records));
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
        return CtfDetails.pupil(record.details(), today, rows.attendance(records), history);
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
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
}
