package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfAttendanceReceived;
import org.rejoin.rolls.CtfImport;
import org.rejoin.rolls.LostPupilFileReceived;
import org.rejoin.rolls.WaitingForCme;
import org.rejoin.platform.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * An imported Common Transfer File's pupils into the register, as joiners are: each matched (never
 * a second record for the same child) or added, what the file says of their schools and attendance
 * kept, and a lost pupil's or a move abroad's child told to the CME team. All or nothing: every
 * pupil must make a record the register accepts before anything is written.
 */
@Component
class CtfImporter {

    private final JdbcCtfRows rows;
    private final ChildRegister children;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final List<WaitingForCme> cme;
    private final RejoinActor actor;
    private final Clock clock;

    CtfImporter(JdbcCtfRows rows, ChildRegister children, AuditLog audit, ApplicationEventPublisher events,
            List<WaitingForCme> cme, RejoinActor actor, Clock clock) {
        this.rows = rows;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.cme = cme;
        this.actor = actor;
        this.clock = clock;
    }

    /** One pupil's outcome: the child, and whether they were matched or added and what changed. */
    private record Outcome(UUID childId, String outcome, String detail) {
    }

    CtfImport importFile(Ctf.File file, String fileName, RejoinUser user) {
        var details = file.pupils().stream().map(CtfDetails::details).toList();
        check(details);
        var h = file.header();
        UUID id = UUID.randomUUID();
        var importedAt = clock.instant();
        String name = fileName == null || fileName.isBlank() ? "CTF from " + h.source().laestab() : fileName.trim();
        rows.insertImport(id, name, h, file.pupils().size(), importedAt, user.username());
        var outcomes = new ArrayList<CtfImport.Pupil>();
        for (int i = 0; i < file.pupils().size(); i++) {
            var pupil = file.pupils().get(i);
            var incoming = details.get(i);
            var o = actor.act(rejoin -> matchOrAdd(incoming, rejoin));
            rows.keep(o.childId(), pupil, id);
            if (!pupil.attendance().isEmpty()) {
                events.publishEvent(new CtfAttendanceReceived(o.childId(), CtfRules.pupilPath(i, file.pupils().size()),
                        pupil.attendance(), user));
            }
            rows.insertImportPupil(id, i, o.childId(), pupil.name(), o.outcome(), o.detail());
            audit.record(user, AuditAction.CTF_IMPORTED, o.childId(), name + " from " + CtfRules.describeSource(h.source()),
                    List.of());
            outcomes.add(new CtfImport.Pupil(o.childId(), pupil.name(), o.outcome(), o.detail()));
        }
        if (CtfRules.leavesPupilsUnaccountedFor(h.destination())) {
            // Said only of a child not already waiting: for one who is, the file's reason joins that referral.
            var waiting = outcomes.stream().map(CtfImport.Pupil::childId)
                    .filter(child -> cme.stream().anyMatch(w -> w.isWaiting(child))).toList();
            referLost(file, outcomes, user);
            outcomes.replaceAll(p -> waiting.contains(p.childId()) ? p : new CtfImport.Pupil(p.childId(), p.name(),
                    p.outcome(), p.detail() + "; referred to the CME team"));
        }
        return new CtfImport(id, name, h, importedAt, user.username(), outcomes, file.passedOver());
    }

    private void check(List<ChildDetails> details) {
        var problems = new ArrayList<FieldError>();
        actor.run(rejoin -> {
            for (int i = 0; i < details.size(); i++) {
                String path = CtfRules.pupilPath(i, details.size());
                var d = details.get(i);
                children.problems(d).forEach(e -> problems.add(CtfRules.onFile(path, d, e)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * As a joiner, as Rejoin: an automatic match is this child (what the file adds joins their record);
     * otherwise the child is added, and any possible match goes to the review queue.
     */
    private Outcome matchOrAdd(ChildDetails incoming, RejoinUser rejoin) {
        var match = children.possibleDuplicates(incoming, rejoin).stream().filter(PossibleDuplicate::isMatch).findFirst();
        if (match.isEmpty()) {
            return new Outcome(children.create(incoming, true, rejoin).id(), "ADDED", "Not in the register: added");
        }
        UUID childId = match.get().child().id();
        var held = children.view(childId, rejoin);
        var merged = CtfDetails.merge(held.details(), incoming);
        if (merged.changed()) {
            children.update(childId, held.version(), merged.details(), rejoin);
        }
        var parts = new ArrayList<String>();
        parts.add(merged.added().isEmpty() ? "Nothing new for the record" : "Added " + String.join(", ", merged.added()));
        if (!merged.differences().isEmpty()) {
            parts.add("differs: " + String.join("; ", merged.differences()));
        }
        return new Outcome(childId, "MATCHED", String.join("; ", parts));
    }

    /**
     * A lost pupil's file (XXX/XXXX) means a school did not know where the child went; a file for a move
     * abroad (MMM/MMMM) that reaches the LA needs the move checked. Each such child is unaccounted for,
     * with their last school and its leaving date.
     */
    private void referLost(Ctf.File file, List<CtfImport.Pupil> outcomes, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        var h = file.header();
        for (int i = 0; i < outcomes.size(); i++) {
            var p = file.pupils().get(i);
            var last = p.history().stream().filter(s -> s.leavingDate() != null)
                    .max(Comparator.comparing(Ctf.SchoolSpell::leavingDate));
            String left = last.map(s -> "; left " + (s.schoolName() == null ? s.la() + s.estab() : s.schoolName()) + " on "
                    + Text.date(s.leavingDate())).orElse("");
            events.publishEvent(new LostPupilFileReceived(outcomes.get(i).childId(), p, !h.destination().isLostPupil(),
                    CtfRules.describeSource(h.source()), left, today, user));
        }
    }
}
