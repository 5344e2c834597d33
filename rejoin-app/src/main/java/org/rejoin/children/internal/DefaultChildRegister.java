package org.rejoin.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditEntry;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildConnections;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRecord;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSearch;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.ChildrenProperties;
import org.rejoin.children.ConnectionSource;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.children.PossibleDuplicatesException;
import org.rejoin.children.internal.JdbcSummaryRows.Scope;
import org.rejoin.platform.AnyRole;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultChildRegister implements ChildRegister, ChildConnections {

    private final ChildRepository children;
    private final JdbcSummaryRows queries;
    private final ChildMatcher matcher;
    private final MatchReviewService reviews;
    private final AuditLog audit;
    private final ChildrenProperties properties;
    private final Clock clock;

    DefaultChildRegister(ChildRepository children, JdbcSummaryRows queries, ChildMatcher matcher, MatchReviewService reviews,
            AuditLog audit, ChildrenProperties properties, Clock clock) {
        this.children = children;
        this.queries = queries;
        this.matcher = matcher;
        this.reviews = reviews;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public ChildRecord create(ChildDetails details, boolean confirmedNew, RejoinUser user) {
        var clean = Normalised.of(details);
        var errors = ChildDetailsRules.check(clean, today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // An auto-match is this child: the existing record is used, never a second one. A possible
        // match stops the save until the user confirms it is a different child.
        var duplicates = possibleDuplicates(clean, user);
        if (duplicates.stream().anyMatch(PossibleDuplicate::isMatch) || !confirmedNew && !duplicates.isEmpty()) {
            throw new PossibleDuplicatesException(duplicates);
        }
        var child = children.save(Child.create(UUID.randomUUID(), clean, clock.instant()));
        audit.record(user, AuditAction.CHILD_CREATED, child.id(), null, ChildChanges.created(clean));
        // The user said these are not this child: a person still decides, in the match review queue.
        duplicates.forEach(candidate -> reviews.raise(child.id(), candidate, "CREATE", user));
        return child.toRecord();
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<FieldError> problems(ChildDetails details) {
        return ChildDetailsRules.check(Normalised.of(details), today());
    }

    @Override
    @AnyRole
    public ChildRecord view(UUID childId, RejoinUser user) {
        var child = visible(childId, user, AuditAction.CHILD_VIEWED);
        audit.record(user, AuditAction.CHILD_VIEWED, childId);
        return child.toRecord();
    }

    @Override
    @LaStaff
    public ChildRecord update(UUID childId, long expectedVersion, ChildDetails details, RejoinUser user) {
        var child = visible(childId, user, AuditAction.CHILD_UPDATED);
        if (child.version() != expectedVersion) {
            throw conflict();
        }
        var clean = Normalised.of(details);
        var errors = ChildDetailsRules.check(clean, today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<FieldChange> changes = ChildChanges.between(child.details(), clean);
        if (changes.isEmpty()) {
            return child.toRecord();
        }
        child.record(clean, clock.instant());
        child.expectVersion(expectedVersion);
        Child saved;
        try {
            saved = children.save(child);
        }
        catch (OptimisticLockingFailureException e) {
            throw conflict();
        }
        catch (RuntimeException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException) {
                throw conflict();
            }
            throw e;
        }
        audit.record(user, AuditAction.CHILD_UPDATED, childId, null, changes);
        return saved.toRecord();
    }

    private static OptimisticLockingFailureException conflict() {
        return new OptimisticLockingFailureException(
                "Someone else changed this child's record while you were editing it. Your changes have not been saved:"
                        + " open the record again to see the latest details, then make your changes.");
    }

    @Override
    @AnyRole
    public ResultPage<ChildSummary> search(ChildSearch search, PageRequest page, RejoinUser user) {
        var result = queries.search(search, page, scope(user));
        audit.record(user, AuditAction.CHILD_SEARCHED, null, describe(search) + " (" + result.total() + " found)",
                List.of());
        return result;
    }

    private static String describe(ChildSearch search) {
        var parts = new ArrayList<String>();
        if (search.name() != null && !search.name().isBlank()) {
            parts.add("name " + search.name().trim());
        }
        if (search.dateOfBirth() != null) {
            parts.add("date of birth " + search.dateOfBirth());
        }
        if (search.upn() != null && !search.upn().isBlank()) {
            parts.add("UPN " + search.upn().trim());
        }
        if (search.postcode() != null && !search.postcode().isBlank()) {
            parts.add("postcode " + search.postcode().trim());
        }
        return parts.isEmpty() ? "all children" : String.join(", ", parts);
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<PossibleDuplicate> possibleDuplicates(ChildDetails details, RejoinUser user) {
        return matcher.candidates(Normalised.of(details), user);
    }

    @Override
    @Transactional(readOnly = true)
    @AnyRole
    public List<ChildSummary> summaries(Collection<UUID> childIds, RejoinUser user) {
        Map<UUID, ChildSummary> byId = queries.summaries(childIds, scope(user)).stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        return childIds.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public Map<UUID, java.util.Set<CharacteristicType>> currentCharacteristics(Collection<UUID> childIds,
            java.time.LocalDate on, RejoinUser user) {
        return queries.currentCharacteristics(childIds, on);
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public java.util.Set<UUID> bornBetween(java.time.LocalDate from, java.time.LocalDate to, RejoinUser user) {
        return queries.bornBetween(from, to);
    }

    @Override
    @LaManagers
    public List<AuditEntry> auditTrail(UUID childId, RejoinUser user) {
        visible(childId, user, AuditAction.CHILD_AUDIT_VIEWED);
        audit.record(user, AuditAction.CHILD_AUDIT_VIEWED, childId);
        return audit.forChild(childId, 500);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSee(UUID childId, RejoinUser user) {
        return queries.inScope(childId, scope(user));
    }

    @Override
    public void connect(UUID sourceId, UUID childId, UUID organisationId, ConnectionSource source, LocalDate startsOn,
            LocalDate endsOn) {
        queries.connect(sourceId, childId, organisationId, source.name(), startsOn, endsOn);
    }

    /** Loads a child the user may see; a refusal is audited before it is thrown. */
    private Child visible(UUID childId, RejoinUser user, AuditAction attempted) {
        var child = children.findById(childId).orElseThrow(() -> new NotFoundException("No child " + childId));
        if (!queries.inScope(childId, scope(user))) {
            audit.recordDenied(user, attempted, childId, "not connected to " + user.organisationName());
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        return child;
    }

    private Scope scope(RejoinUser user) {
        if (user.isLocalAuthorityStaff()) {
            return Scope.everything();
        }
        if (user.hasAny(Role.LOCAL_AUTHORITY_STAFF)) {
            throw new AccessDeniedException("LA roles are only for users of the local authority");
        }
        LocalDate today = today();
        return new Scope(user.organisationId(), today, today.minus(properties.connectionGracePeriod()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
