package org.rejoin.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.Channel;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;
import org.rejoin.platform.SignedIn;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.IntakeCounts;
import org.rejoin.referrals.IntakeFilter;
import org.rejoin.referrals.OpenCases;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralAccepted;
import org.rejoin.referrals.ReferralReceipt;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.Referrals;
import org.rejoin.referrals.Triage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CME intake as a service: loads the referral, asks the {@link ReferralFile} or the
 * {@link Intake} rules whether the change may be made, stores it, audits it, escalates and
 * publishes {@link ReferralAccepted}.
 */
@Service
@Transactional
@LaStaff
class ReferralService implements Referrals {

    private final JdbcReferralRows rows;
    private final Escalation escalation;
    private final ChildRegister children;
    private final ChildMatcher matcher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Organisations organisations;
    private final List<OpenCases> cases;
    private final Clock clock;

    ReferralService(JdbcReferralRows rows, Escalation escalation, ChildRegister children, ChildMatcher matcher,
            AuditLog audit, ApplicationEventPublisher events, Organisations organisations, List<OpenCases> cases,
            Clock clock) {
        this.rows = rows;
        this.escalation = escalation;
        this.children = children;
        this.matcher = matcher;
        this.audit = audit;
        this.events = events;
        this.organisations = organisations;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    @SignedIn
    public Referral submit(NewReferral r, RejoinUser user) {
        ReferralRoute route = user.channel() == Channel.API ? ReferralRoute.API
                : user.isLocalAuthorityStaff() ? ReferralRoute.LA_RECORDED : ReferralRoute.ONLINE_FORM;
        return receive(r, route, user);
    }

    /**
     * A fact another module published needs the CME team (a leaver without destination, an
     * attendance alert): the referral arrives with route EVENT, linked to the child. Whoever acted
     * may raise it, a school's deletion return included; the link is made as the LA. A child already
     * on a referral waiting for a decision is not referred twice: the reason joins that referral,
     * dated, and the officer sees both.
     */
    @SignedIn
    public Referral raise(NewReferral r, UUID childId, RejoinUser by) {
        var waiting = rows.waitingFor(childId).map(w -> named(List.of(w)).get(0));
        if (waiting.isPresent()) {
            return addTo(waiting.get(), r, childId, by);
        }
        var referral = receive(r, ReferralRoute.EVENT, by);
        if (rows.link(referral.id(), childId)) {
            audit.record(by, AuditAction.REFERRAL_LINKED, childId, referral.reference(),
                    List.of(new FieldChange("referral", null, referral.reference())));
        }
        escalation.forChild(find(referral.id()), childId, by);
        return find(referral.id());
    }

    private Referral addTo(Referral waiting, NewReferral r, UUID childId, RejoinUser by) {
        var added = new ReferralFile(waiting).addReason(r, today());
        if (added.isEmpty()) {
            return waiting;
        }
        rows.appendDetails(waiting.id(), added.get());
        audit.record(by, AuditAction.REFERRAL_ADDED_TO, childId, waiting.reference(),
                List.of(new FieldChange("details", null, added.get())));
        if (r.needsEscalation() && !waiting.escalated()) {
            escalation.escalate(waiting.id(), childId, waiting.reference(), "the referral", by);
        }
        escalation.forChild(find(waiting.id()), childId, by);
        return find(waiting.id());
    }

    private Referral receive(NewReferral r, ReferralRoute route, RejoinUser user) {
        var referrer = Intake.referrer(r, user, fromOtherLa(user));
        LocalDate today = today();
        Intake.check(r, referrer, today);
        UUID id = UUID.randomUUID();
        String reference = String.format("R%d-%05d", today.getYear(), rows.nextNumber());
        rows.insert(new JdbcReferralRows.Receipt(id, reference, r.receivedOn() == null ? today : r.receivedOn(),
                clock.instant(), route, referrer, user.organisationId(), user.id()), r);
        audit.record(user, AuditAction.REFERRAL_RECEIVED, null, reference + " from " + referrer.name(), List.of());
        if (r.needsEscalation()) {
            escalation.escalate(id, null, reference, "the referral", user);
        }
        return find(id);
    }

    private boolean fromOtherLa(RejoinUser user) {
        return user.organisationKind() == OrganisationKind.AGENCY && organisations.find(user.organisationId())
                .map(Organisation::agencyType).filter(type -> type == AgencyType.OTHER_LA).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<Referral> intake(PageRequest page, RejoinUser user) {
        return intake(IntakeFilter.NONE, page, user);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<Referral> intake(IntakeFilter filter, PageRequest page, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        return page.of(named(rows.waiting(filter, today, page.size(), page.offset())), rows.waitingCount(filter, today));
    }

    @Override
    @Transactional(readOnly = true)
    public IntakeCounts intakeCounts(RejoinUser user) {
        return rows.waitingCounts();
    }

    @Override
    @Transactional(readOnly = true)
    public long openCount(RejoinUser user) {
        return rows.waitingCount(IntakeFilter.NONE, LocalDate.now(clock));
    }

    @Override
    public Referral get(UUID id, RejoinUser user) {
        var referral = find(id);
        audit.record(user, AuditAction.REFERRAL_VIEWED, referral.childId(), referral.reference(), List.of());
        return referral;
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<ReferralReceipt> madeBy(RejoinUser user) {
        var made = named(rows.madeBy(user.organisationId()));
        // The status follows the case the referral opened, in words the referrer can act on.
        var progress = new java.util.HashMap<UUID, String>();
        var ids = made.stream().map(Referral::id).toList();
        cases.forEach(c -> progress.putAll(c.progress(ids)));
        return made.stream()
                .map(r -> new ReferralReceipt(r.id(), r.reference(), r.receivedOn(), r.childName(), r.referrer().name(),
                        progress.getOrDefault(r.id(), r.decision().outcome() == null ? "RECEIVED"
                                : r.decision().outcome().name()),
                        r.decision().decidedAt() == null ? null : LocalDate.ofInstant(r.decision().decidedAt(), clock.getZone())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> candidates(UUID id, RejoinUser user) {
        return matcher.candidates(new ReferralFile(find(id)).asChild(today()), user);
    }

    @Override
    public Referral link(UUID id, UUID childId, long expectedVersion, RejoinUser user) {
        var referral = new ReferralFile(find(id)).waiting(expectedVersion).state();
        if (childId == null || !children.canSee(childId, user)) {
            throw new InvalidInputException("childId", "Select a child in the register");
        }
        if (!rows.link(id, childId, referral.version())) {
            throw ReferralFile.conflict();
        }
        audit.record(user, AuditAction.REFERRAL_LINKED, childId, referral.reference(),
                List.of(new FieldChange("referral", null, referral.reference())));
        escalation.forChild(referral, childId, user);
        return find(id);
    }

    @Override
    public Referral createChild(UUID id, long expectedVersion, boolean confirmedNew, RejoinUser user) {
        var file = new ReferralFile(find(id)).waiting(expectedVersion);
        var created = children.create(file.asChild(today()), confirmedNew, user);
        return link(id, created.id(), expectedVersion, user);
    }

    @Override
    public Referral decide(UUID id, long expectedVersion, Triage triage, RejoinUser user) {
        var file = new ReferralFile(find(id)).waiting(expectedVersion);
        var referral = file.state();
        var decided = file.decide(triage, today());
        if (!rows.decide(id, expectedVersion, decided, clock.instant(), user.username())) {
            throw ReferralFile.conflict();
        }
        audit.record(user, AuditAction.REFERRAL_DECIDED, referral.childId(), referral.reference() + ": "
                + decided.decision(), List.of(new FieldChange("decision", null, decided.decision().name())));
        if (decided.decision().opensCase()) {
            events.publishEvent(new ReferralAccepted(id, referral.childId(), decided.decision(), referral.receivedOn(),
                    decided.decidedOn(), user));
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> fromOtherLocalAuthorities(RejoinUser user) {
        return named(rows.fromSource(ReferralSource.OTHER_LOCAL_AUTHORITY));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> forChild(UUID childId, RejoinUser user) {
        return named(rows.forChild(childId));
    }

    private Referral find(UUID id) {
        var referral = rows.find(id).orElseThrow(() -> new NotFoundException("No referral " + id));
        return named(List.of(referral)).get(0);
    }

    /** Each referral with its referrer's organisation named, in one call for the list. */
    private List<Referral> named(List<Referral> referrals) {
        var names = organisations.names(referrals.stream().map(r -> r.referrer().organisationId())
                .filter(Objects::nonNull).distinct().toList());
        return referrals.stream().map(r -> r.referrer().organisationId() == null ? r
                : r.withReferrerOrganisationName(names.get(r.referrer().organisationId()))).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
