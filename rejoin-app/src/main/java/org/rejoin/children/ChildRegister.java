package org.rejoin.children;

import java.time.LocalDate;
import java.util.Set;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditEntry;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

/**
 * The register of children. Every method checks what the user may see (LA staff: every child;
 * others: children connected to their organisation) and audits the read or change.
 */
public interface ChildRegister {

    /**
     * Adds a child. Unless {@code confirmedNew}, stops with {@link PossibleDuplicatesException} when
     * the register may already hold them (same UPN; same date of birth and a similar name).
     *
     * @throws org.rejoin.platform.InvalidInputException naming each field that breaks a rule
     */
    ChildRecord create(ChildDetails details, boolean confirmedNew, RejoinUser user);

    /** Every rule the details break, without saving anything: for showing all problems at once. */
    List<InvalidInputException.FieldError> problems(ChildDetails details);

    /** A child's record, audited as viewed. */
    ChildRecord view(UUID childId, RejoinUser user);

    /**
     * Replaces a child's details. {@code expectedVersion} is the version the user read: when
     * someone else has changed the record since, nothing is written and
     * {@link org.springframework.dao.OptimisticLockingFailureException} says so.
     */
    ChildRecord update(UUID childId, long expectedVersion, ChildDetails details, RejoinUser user);

    ResultPage<ChildSummary> search(ChildSearch search, PageRequest page, RejoinUser user);

    /** Children in the register who may be the child described; for LA staff about to record one. */
    List<PossibleDuplicate> possibleDuplicates(ChildDetails details, RejoinUser user);

    /** Summaries of the given children that the user may see, in the given order. */
    List<ChildSummary> summaries(Collection<UUID> childIds, RejoinUser user);

    /** Who has viewed or changed the record: LA administrators and managers only; itself audited. */
    List<AuditEntry> auditTrail(UUID childId, RejoinUser user);

    /** Whether the user may see this child at all. */
    boolean canSee(UUID childId, RejoinUser user);

    /**
     * The characteristics current on {@code on} of many children, for counts by pupil group (a
     * manager's figures). LA staff only; not a read of any one record, so not audited per child.
     */
    Map<UUID, Set<CharacteristicType>> currentCharacteristics(Collection<UUID> childIds, LocalDate on, RejoinUser user);

    /**
     * The children born between two days, inclusive (a year group's cohort), as ids only: for checks LA-wide,
     * such as the Year 6 to 7 transition. LA staff only; no child's details are read, so not audited per child.
     */
    Set<UUID> bornBetween(LocalDate from, LocalDate to, RejoinUser user);
}
