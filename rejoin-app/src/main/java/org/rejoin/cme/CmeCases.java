package org.rejoin.cme;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/** CME cases. LA staff only; every read and change is audited on the child. */
public interface CmeCases {

    /** A case in full, audited. */
    CmeCase get(UUID id, RejoinUser user);

    /**
     * Records the next milestone. Refused, naming the rule, when out of order, dated in the future
     * or before the milestone it follows, or (closing) without an outcome or a destination it needs.
     */
    CmeCase record(UUID id, long expectedVersion, NewMilestone milestone, RejoinUser user);

    /** Changes the key worker, needs, eligibility, last known placement, or the looked-after emergency flag. */
    CmeCase update(UUID id, long expectedVersion, CaseDetails details, RejoinUser user);

    Enquiry addEnquiry(UUID id, NewEnquiry enquiry, RejoinUser user);

    List<Enquiry> enquiries(UUID id, RejoinUser user);

    /** The checks not yet made, in checklist order. */
    List<EnquiryCheck> outstandingChecks(UUID id, RejoinUser user);

    CaseNote addNote(UUID id, NewNote note, RejoinUser user);

    List<CaseNote> notes(UUID id, RejoinUser user);

    /**
     * Attaches a document, kept in the database.
     *
     * @throws org.rejoin.platform.InvalidInputException when empty, over the size limit, or not a PDF,
     *         Word document, image or plain text file by its content
     */
    CaseDocument attach(UUID id, String filename, byte[] content, String description, RejoinUser user);

    List<CaseDocument> documents(UUID id, RejoinUser user);

    /** A document's bytes; audited. */
    byte[] content(UUID id, UUID documentId, RejoinUser user);

    /** Open cases the user is key worker for, next due first. */
    List<CaseSummary> mine(RejoinUser user);

    /** Every open case, next due first. */
    List<CaseSummary> open(RejoinUser user);

    /** Figures for managers: cases by status and pupil group, time to provision, overdue work, children not located. */
    CmeFigures figures(RejoinUser user);

    /** The child's cases, newest first. */
    List<CmeCase> forChild(UUID childId, RejoinUser user);
}
