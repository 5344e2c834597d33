package org.rejoin.cme.internal;

import static org.rejoin.platform.Text.blank;
import static org.rejoin.platform.Text.trimmed;
import static org.rejoin.platform.Text.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.audit.FieldChange;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.MilestoneEntry;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.Text;

/**
 * A CME case as the officer works it: each verb checks a change against the case's rules
 * (docs/rules/cme.md) on a given day and says what is to be stored and what follows from it. Plain
 * Java: the service loads the case, calls a verb, saves what it returns, audits and opens or closes
 * the tasks it names.
 */
final class CaseFile {

    private final CmeCase c;

    CaseFile(CmeCase c) {
        this.c = c;
    }

    CmeCase state() {
        return c;
    }

    /**
     * A case has a key worker from the start: the officer who decided to open it, if their role holds
     * cases (CME officers and key workers); otherwise none until one is given (docs/rules/cme.md).
     */
    static UUID keyWorkerOnOpening(RejoinUser user) {
        return user.hasAny(java.util.List.of(Role.CME_OFFICER, Role.KEY_WORKER)) ? user.id() : null;
    }

    /** The milestone a case opens with. */
    static NewMilestone identified(CaseKind kind, LocalDate on) {
        return new NewMilestone(Milestone.IDENTIFIED, on, kind == CaseKind.MISSING_EDUCATION ? "Missing education"
                : "At risk of missing education", null, null);
    }

    /**
     * A milestone recorded: the status it moves the case between, the deadlines it meets (closed
     * with {@code because}) and whether the case's deadlines start again (a reopened case).
     */
    record MilestoneRecorded(NewMilestone milestone, int position, CaseStatus before, CaseStatus after,
            List<CaseDeadline> meets, String because, boolean restartsDeadlines) {
    }

    /**
     * Checks {@code m} as the case's next step on {@code today}.
     *
     * @throws InvalidInputException out of order, dated in the future or before the step it
     *         follows, or closing without the outcome or destination it needs
     */
    MilestoneRecorded record(NewMilestone m, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        checkOrder(m, errors);
        checkDate(m.occurredOn(), today, errors);
        checkOutcome(m, errors);
        throwIfAny(errors);
        var after = CaseStatus.of(Stream.concat(c.milestones().stream().map(MilestoneEntry::milestone),
                Stream.of(m.milestone())).toList());
        var kept = new NewMilestone(m.milestone(), m.occurredOn(), trimmed(m.details()), m.outcome(),
                trimmed(m.destination()));
        String done = words(m.milestone()) + " on " + Text.date(m.occurredOn());
        return switch (kept.milestone()) {
            case LOCATED -> recorded(kept, after, List.of(CaseDeadline.LOCATE), done, false);
            case PROVISION_IDENTIFIED -> recorded(kept, after, List.of(CaseDeadline.PROVISION_DETERMINED), done, false);
            case PROVISION_ACCESSED -> recorded(kept, after, List.of(CaseDeadline.PROVISION_DETERMINED,
                    CaseDeadline.IN_PROVISION, CaseDeadline.MISSING_THRESHOLD, CaseDeadline.LOOKED_AFTER_PLACEMENT,
                    CaseDeadline.JOINED_ROLL), done, false);
            case CLOSED -> recorded(kept, after, CaseDeadline.all(), "Case closed: " + words(m.outcome()), false);
            case REOPENED -> recorded(kept, after, List.of(), done, true);
            default -> recorded(kept, after, List.of(), done, false);
        };
    }

    private MilestoneRecorded recorded(NewMilestone m, CaseStatus after, List<CaseDeadline> meets, String because,
            boolean restarts) {
        return new MilestoneRecorded(m, c.milestones().size(), c.status(), after, meets, because, restarts);
    }

    private void checkOrder(NewMilestone m, List<FieldError> errors) {
        var status = c.status();
        if (m.milestone() == null) {
            errors.add(new FieldError("milestone", "Select the step reached"));
        }
        else if (m.milestone() == Milestone.IDENTIFIED || !status.next().contains(m.milestone())) {
            errors.add(new FieldError("milestone", "A case that is " + words(status) + " cannot be marked "
                    + words(m.milestone()) + " next: the steps are located, needs determined, provision identified,"
                    + " provision accessed, and closed at any point"));
        }
    }

    private void checkDate(LocalDate on, LocalDate today, List<FieldError> errors) {
        if (on == null) {
            errors.add(new FieldError("occurredOn", "Enter the date"));
        }
        else if (on.isAfter(today)) {
            errors.add(new FieldError("occurredOn", "The date must be today or in the past: record a step once it has happened"));
        }
        else if (on.isBefore(c.latest().occurredOn())) {
            errors.add(new FieldError("occurredOn", "The date must not be before the last step, "
                    + words(c.latest().milestone()) + " on " + Text.date(c.latest().occurredOn())));
        }
    }

    private void checkOutcome(NewMilestone m, List<FieldError> errors) {
        if (m.milestone() == Milestone.CLOSED) {
            if (m.outcome() == null) {
                errors.add(new FieldError("outcome", "Select the outcome the case closes with"));
            }
            else if (m.outcome().needsProvisionAccessed() && c.dateOf(Milestone.PROVISION_ACCESSED) == null) {
                errors.add(new FieldError("outcome", "Record the date the child entered provision before closing the case as "
                        + words(m.outcome())));
            }
            else if (m.outcome().needsDestination() && blank(m.destination())) {
                errors.add(new FieldError("destination", "Name the local authority and its receiving CME contact"));
            }
        }
        else if (m.outcome() != null) {
            errors.add(new FieldError("outcome", "Only closing a case takes an outcome"));
        }
        if (m.milestone() == Milestone.PROVISION_ACCESSED && blank(m.destination())) {
            errors.add(new FieldError("destination", "Name the school or provider the child entered"));
        }
    }

    /**
     * The case's details changed: what to store (text trimmed), each field's change for the audit,
     * whether the case's tasks go to a new key worker, and whether a looked-after placement
     * deadline starts today.
     */
    record DetailsChanged(CaseDetails details, List<FieldChange> changes, boolean newKeyWorker,
            boolean lookedAfterPlacementDue) {
    }

    /**
     * Checks new details on {@code today}.
     *
     * @param mayBeKeyWorker whether a user may be a key worker (the LA's staff)
     */
    DetailsChanged change(CaseDetails d, LocalDate today, Predicate<UUID> mayBeKeyWorker) {
        var errors = new ArrayList<FieldError>();
        if (d.lastKnownPlacementOn() != null && d.lastKnownPlacementOn().isAfter(today)) {
            errors.add(new FieldError("lastKnownPlacementOn", "The date of the last known placement must be today or in the past"));
        }
        if (d.keyWorker() != null && !mayBeKeyWorker.test(d.keyWorker())) {
            errors.add(new FieldError("keyWorker", "Select a key worker from the local authority's staff"));
        }
        throwIfAny(errors);
        var stored = new CaseDetails(d.keyWorker(), trimmed(d.needsSummary()), trimmed(d.eligibility()),
                trimmed(d.lastKnownPlacement()), d.lastKnownPlacementOn(), d.lookedAfterEmergency());
        var changes = new ArrayList<FieldChange>();
        change(changes, "keyWorker", c.keyWorker(), stored.keyWorker());
        change(changes, "needsSummary", c.needsSummary(), stored.needsSummary());
        change(changes, "eligibility", c.eligibility(), stored.eligibility());
        change(changes, "lastKnownPlacement", c.lastKnownPlacement(), stored.lastKnownPlacement());
        change(changes, "lastKnownPlacementOn", c.lastKnownPlacementOn(), stored.lastKnownPlacementOn());
        change(changes, "lookedAfterEmergency", c.lookedAfterEmergency(), stored.lookedAfterEmergency());
        return new DetailsChanged(stored, changes, d.keyWorker() != null && !d.keyWorker().equals(c.keyWorker()),
                d.lookedAfterEmergency() && !c.lookedAfterEmergency() && c.isOpen());
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    /** Checks an enquiry of the locate step made on or before {@code today}; returns it with its notes trimmed. */
    NewEnquiry enquiry(NewEnquiry e, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        if (e.check() == null) {
            errors.add(new FieldError("check", "Select the check made"));
        }
        if (e.checkedOn() == null) {
            errors.add(new FieldError("checkedOn", "Enter the date of the check"));
        }
        else if (e.checkedOn().isAfter(today)) {
            errors.add(new FieldError("checkedOn", "The date of the check must be today or in the past"));
        }
        if (e.outcome() == null) {
            errors.add(new FieldError("outcome", "Select what the check found"));
        }
        if (e.check() == EnquiryCheck.OTHER && blank(e.notes())) {
            errors.add(new FieldError("notes", "Say what the other check was"));
        }
        throwIfAny(errors);
        return new NewEnquiry(e.check(), e.checkedOn(), e.outcome(), trimmed(e.notes()));
    }

    /** The checks of the locate step not yet made, in checklist order. */
    static List<EnquiryCheck> outstanding(List<Enquiry> made) {
        var checks = made.stream().map(Enquiry::check).toList();
        return Arrays.stream(EnquiryCheck.values()).filter(e -> e != EnquiryCheck.OTHER && !checks.contains(e)).toList();
    }

    /** A note, or a contact with the family when it names who it was with or how. */
    record NoteToKeep(boolean contact, LocalDate occurredOn, String contactWith, String method, String text) {

        String kind() {
            return contact ? "CONTACT" : "NOTE";
        }
    }

    /** Checks a note or contact dated on or before {@code today}. */
    NoteToKeep note(NewNote note, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        if (blank(note.text())) {
            errors.add(new FieldError("text", "Enter the note"));
        }
        if (note.occurredOn() == null) {
            errors.add(new FieldError("occurredOn", "Enter the date"));
        }
        else if (note.occurredOn().isAfter(today)) {
            errors.add(new FieldError("occurredOn", "The date must be today or in the past"));
        }
        boolean contact = !blank(note.contactWith()) || !blank(note.method());
        if (contact && blank(note.contactWith())) {
            errors.add(new FieldError("contactWith", "Say who the contact was with"));
        }
        throwIfAny(errors);
        return new NoteToKeep(contact, note.occurredOn(), trimmed(note.contactWith()), trimmed(note.method()),
                note.text().trim());
    }

    /** A document checked by its content: its safe name and content type. */
    record DocumentToKeep(String filename, String contentType, byte[] content, String description) {
    }

    /** Checks a document to attach: not empty, 5 MB at most, and an accepted kind by its content. */
    DocumentToKeep document(String filename, byte[] content, String description) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("document", "Choose a file to attach");
        }
        if (content.length > DocumentTypes.MAX_BYTES) {
            throw new InvalidInputException("document", "The file must be 5 MB or smaller");
        }
        String type = DocumentTypes.of(content, filename);
        if (type == null) {
            throw new InvalidInputException("document", "The file must be a PDF, a Word document (.docx), a PNG or"
                    + " JPEG image, or a plain text file");
        }
        String name = blank(filename) ? "document" : filename.replaceAll("[\\\\/]", "_").trim();
        return new DocumentToKeep(name, type, content, trimmed(description));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
