package org.rejoin.cme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserAccounts;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildRegister;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseDocument;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseNote;
import org.rejoin.cme.CaseSummary;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeCases;
import org.rejoin.cme.CmeFigures;
import org.rejoin.cme.CmeTargets;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.Registrations;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CME casework as a service: loads the case, asks the {@link CaseFile} whether the change may be
 * made, stores it, audits it on the child and opens or closes the tasks it names.
 */
@Service
@Transactional
@LaStaff
class CmeCaseService implements CmeCases {

    private final JdbcCaseRows rows;
    private final CaseViews views;
    private final ChildRegister children;
    private final Registrations registrations;
    private final SchoolCalendar calendar;
    private final Tasks tasks;
    private final AuditLog audit;
    private final UserAccounts users;
    private final CmeTargets targets;
    private final Clock clock;

    CmeCaseService(JdbcCaseRows rows, CaseViews views, ChildRegister children, Registrations registrations, SchoolCalendar calendar,
            Tasks tasks, AuditLog audit, CmeTargets targets, UserAccounts users, Clock clock) {
        this.rows = rows;
        this.views = views;
        this.children = children;
        this.registrations = registrations;
        this.calendar = calendar;
        this.tasks = tasks;
        this.audit = audit;
        this.users = users;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * Opens a case for a child judged missing education or at risk of it, identified on {@code
     * identifiedOn}, with the last known placement from the child's registrations and the
     * deadlines as tasks.
     */
    CmeCase open(UUID childId, UUID referralId, CaseKind kind, LocalDate dateReferred, LocalDate identifiedOn,
            RejoinUser user) {
        UUID id = UUID.randomUUID();
        String reference = String.format("CME%d-%05d", identifiedOn.getYear(), rows.nextNumber());
        var last = Placements.lastPlacement(registrations.forChild(childId, user), identifiedOn);
        rows.insert(new JdbcCaseRows.NewCaseRow(id, reference, childId, referralId, kind, dateReferred,
                last.map(Placements.LastPlacement::name).orElse(null), last.map(Placements.LastPlacement::on).orElse(null),
                CaseFile.keyWorkerOnOpening(user), clock.instant(), user.username()));
        rows.insertMilestone(id, 0, CaseFile.identified(kind, identifiedOn), clock.instant(), user.username());
        audit.record(user, AuditAction.CME_CASE_OPENED, childId, reference + " (" + kind + ")", List.of());
        var opened = find(id, user);
        openAll(deadlines().opening(opened, identifiedOn, calendar.forLocalAuthority(), today()), user);
        if (opened.keyWorker() != null) {
            // The case's deadlines are its key worker's to meet, as when a key worker is given later.
            tasks.reassign(id, opened.keyWorker(), user);
        }
        return opened;
    }

    @Override
    public CmeCase get(UUID id, RejoinUser user) {
        var c = find(id, user);
        audit.record(user, AuditAction.CME_CASE_VIEWED, c.childId(), c.reference(), List.of());
        return c;
    }

    @Override
    public CmeCase record(UUID id, long expectedVersion, NewMilestone m, RejoinUser user) {
        var file = new CaseFile(current(id, expectedVersion, user));
        var recorded = file.record(m, today());
        Placements.checkPlace(m, registrations.forChild(file.state().childId(), user)).ifPresent(error -> {
            throw new InvalidInputException(List.of(error));
        });
        var c = file.state();
        rows.insertMilestone(id, recorded.position(), recorded.milestone(), clock.instant(), user.username());
        if (!rows.bump(id, c.version())) {
            throw conflict();
        }
        audit.record(user, AuditAction.CME_MILESTONE_RECORDED, c.childId(), c.reference() + ": " + m.milestone()
                + " on " + m.occurredOn(), List.of(new FieldChange("status", recorded.before().name(),
                        recorded.after().name())));
        if (!recorded.meets().isEmpty()) {
            tasks.closeFor(id, CaseDeadline.taskKinds(recorded.meets()), recorded.because(), user);
        }
        if (recorded.restartsDeadlines()) {
            openAll(deadlines().opening(find(id, user), m.occurredOn(), calendar.forLocalAuthority(), today()), user);
        }
        return find(id, user);
    }

    @Override
    public CmeCase update(UUID id, long expectedVersion, CaseDetails d, RejoinUser user) {
        var c = current(id, expectedVersion, user);
        var changed = new CaseFile(c).change(d, today(),
                worker -> users.localAuthorityStaff().stream().anyMatch(u -> u.id().equals(worker)));
        if (changed.changes().isEmpty()) {
            return c;
        }
        if (!rows.update(id, expectedVersion, changed.details())) {
            throw conflict();
        }
        audit.record(user, AuditAction.CME_CASE_UPDATED, c.childId(), c.reference(), changed.changes());
        if (changed.newKeyWorker()) {
            tasks.reassign(id, d.keyWorker(), user);
        }
        if (changed.lookedAfterPlacementDue()) {
            tasks.open(deadlines().lookedAfterPlacement(find(id, user), today(), calendar.forLocalAuthority(), today()),
                    user);
        }
        return find(id, user);
    }

    @Override
    public Enquiry addEnquiry(UUID id, NewEnquiry e, RejoinUser user) {
        var c = find(id, user);
        var enquiry = new CaseFile(c).enquiry(e, today());
        UUID enquiryId = UUID.randomUUID();
        rows.insertEnquiry(enquiryId, id, enquiry, clock.instant(), user.username());
        audit.record(user, AuditAction.CME_ENQUIRY_RECORDED, c.childId(), c.reference() + ": " + e.check() + " "
                + e.outcome(), List.of());
        return rows.enquiries(id).stream().filter(x -> x.id().equals(enquiryId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enquiry> enquiries(UUID id, RejoinUser user) {
        return rows.enquiries(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnquiryCheck> outstandingChecks(UUID id, RejoinUser user) {
        return CaseFile.outstanding(rows.enquiries(id));
    }

    @Override
    public CaseNote addNote(UUID id, NewNote note, RejoinUser user) {
        var c = find(id, user);
        var kept = new CaseFile(c).note(note, today());
        UUID noteId = UUID.randomUUID();
        rows.insertNote(noteId, id, kept, clock.instant(), user.username());
        audit.record(user, AuditAction.CME_NOTE_ADDED, c.childId(), c.reference() + (kept.contact() ? ": contact with "
                + kept.contactWith() : ": note"), List.of());
        return rows.notes(id).stream().filter(x -> x.id().equals(noteId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNote> notes(UUID id, RejoinUser user) {
        return rows.notes(id);
    }

    @Override
    public CaseDocument attach(UUID id, String filename, byte[] content, String description, RejoinUser user) {
        var c = find(id, user);
        var document = new CaseFile(c).document(filename, content, description);
        UUID documentId = UUID.randomUUID();
        rows.insertDocument(documentId, id, document, clock.instant(), user.username());
        audit.record(user, AuditAction.CME_DOCUMENT_ADDED, c.childId(), c.reference() + ": " + document.filename(),
                List.of());
        return rows.documents(id).stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseDocument> documents(UUID id, RejoinUser user) {
        return rows.documents(id);
    }

    @Override
    public byte[] content(UUID id, UUID documentId, RejoinUser user) {
        var c = find(id, user);
        byte[] content = rows.content(id, documentId).orElseThrow(() -> new NotFoundException("No document " + documentId));
        audit.record(user, AuditAction.CME_DOCUMENT_VIEWED, c.childId(), c.reference() + ": " + documentId, List.of());
        return content;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> mine(RejoinUser user) {
        return views.summaries(views.of(rows.withKeyWorker(user.id()), user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> open(RejoinUser user) {
        return views.summaries(views.of(rows.all(), user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public CmeFigures figures(RejoinUser user) {
        var all = views.of(rows.all(), user);
        var open = all.stream().filter(CmeCase::isOpen).toList();
        var groups = children.currentCharacteristics(open.stream().map(CmeCase::childId).distinct().toList(), today(),
                user);
        var days = CaseFigures.daysToProvision(all);
        return new CmeFigures(CaseFigures.byStatus(all), CaseFigures.byPupilGroup(groups),
                CaseFigures.percentile(days, 50), CaseFigures.percentile(days, 90), days.size(),
                tasks.overdueByAssignee(user), views.summaries(CaseFigures.notLocatedForFourWeeks(open, today()), user));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CmeCase> forChild(UUID childId, RejoinUser user) {
        return views.forChild(childId, user);
    }

    private void openAll(List<NewTask> due, RejoinUser user) {
        due.forEach(task -> tasks.open(task, user));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private CmeCase current(UUID id, long expectedVersion, RejoinUser user) {
        var c = find(id, user);
        if (c.version() != expectedVersion) {
            throw conflict();
        }
        return c;
    }

    private static OptimisticLockingFailureException conflict() {
        return new OptimisticLockingFailureException("Someone else changed this case while you were working on it:"
                + " open it again to see the latest, then record your change.");
    }

    private CmeCase find(UUID id, RejoinUser user) {
        return views.find(id, user);
    }

    /** The deadline rules with the LA's targets as they stand now: a change applies to deadlines set from then on. */
    private CaseDeadlines deadlines() {
        return new CaseDeadlines(targets.current().targets());
    }
}
