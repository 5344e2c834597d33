package org.rejoin.referrals.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.Channel;
import org.rejoin.audit.FieldChange;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.children.Sex;
import org.rejoin.children.Upn;
import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;
import org.rejoin.platform.SignedIn;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralAccepted;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralReceipt;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.Referrals;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.SafeguardingStatus;
import org.rejoin.referrals.Triage;
import org.rejoin.referrals.TriageDecision;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@LaStaff
class JdbcReferrals implements Referrals {

    /** The task an escalation opens; it stays at the top of the officers' queue until done. */
    static final String NOTIFY_SOCIAL_CARE = "NOTIFY_SOCIAL_CARE";
    static final String SUBJECT = Referral.TASK_SUBJECT;

    private static final String SELECT = """
            select r.*, o.name as referrer_organisation_name
            from referral r left join organisation o on o.id = r.referrer_organisation""";

    private final RejoinActor actor;
    private final JdbcClient jdbc;
    private final ChildRegister children;
    private final ChildMatcher matcher;
    private final Tasks tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Organisations organisations;
    private final Clock clock;

    JdbcReferrals(JdbcClient jdbc, ChildRegister children, ChildMatcher matcher, Tasks tasks, AuditLog audit,
            ApplicationEventPublisher events, Organisations organisations, Clock clock, RejoinActor actor) {
        this.actor = actor;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.children = children;
        this.matcher = matcher;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @SignedIn
    public Referral submit(NewReferral r, RejoinUser user) {
        boolean laStaff = user.isLocalAuthorityStaff();
        ReferralRoute route = user.channel() == Channel.API ? ReferralRoute.API
                : laStaff ? ReferralRoute.LA_RECORDED : ReferralRoute.ONLINE_FORM;
        return receive(r, route, user);
    }

    /**
     * A fact another module published needs the CME team (a leaver without destination, an
     * attendance alert): the referral arrives with route EVENT, linked to the child. Whoever acted
     * may raise it, a school's deletion return included; the link is made as the LA. A child already
     * on a referral waiting for a decision is not referred twice: the reason joins that referral.
     */
    @SignedIn
    public Referral raise(NewReferral r, UUID childId, RejoinUser by) {
        var waiting = jdbc.sql(SELECT + " where r.child_id = ? and r.decision is null order by r.received_at limit 1")
                .param(childId).query(JdbcReferrals::referral).optional();
        if (waiting.isPresent()) {
            return addTo(waiting.get(), r, childId, by);
        }
        var referral = receive(r, ReferralRoute.EVENT, by);
        int updated = jdbc.sql("update referral set child_id = ?, version = version + 1 where id = ?")
                .params(childId, referral.id()).update();
        if (updated == 1) {
            audit.record(by, AuditAction.REFERRAL_LINKED, childId, referral.reference(),
                    List.of(new FieldChange("referral", null, referral.reference())));
        }
        escalateForChild(find(referral.id()), childId, by);
        return find(referral.id());
    }

    /** One child, one waiting referral: another module's reason joins it, dated, and the officer sees both. */
    private Referral addTo(Referral waiting, NewReferral r, UUID childId, RejoinUser by) {
        String text = trim(r.details()) == null ? r.reason().name() : trim(r.details());
        if (waiting.details() != null && waiting.details().contains(text)) {
            return waiting;
        }
        String added = LocalDate.now(clock) + ": " + text;
        jdbc.sql("""
                update referral set details = case when details is null then ? else details || chr(10) || ? end,
                    version = version + 1 where id = ?""")
                .params(added, added, waiting.id()).update();
        audit.record(by, AuditAction.REFERRAL_ADDED_TO, childId, waiting.reference(),
                List.of(new FieldChange("details", null, added)));
        if (r.needsEscalation() && !waiting.escalated()) {
            escalate(waiting.id(), childId, waiting.reference(), "the referral", by);
        }
        escalateForChild(find(waiting.id()), childId, by);
        return find(waiting.id());
    }

    private Referral receive(NewReferral r, ReferralRoute route, RejoinUser user) {
        boolean laStaff = user.isLocalAuthorityStaff();
        // LA staff say who referred; without a source the officer found the child themselves. Others
        // refer as their organisation: a school, a provider, an agency, or another LA.
        ReferralSource source = laStaff ? (r.source() == null ? ReferralSource.LA_SERVICE : r.source()) : sourceOf(user);
        String referrerName = !laStaff ? user.displayName()
                : trim(r.referrerName()) == null && source == ReferralSource.LA_SERVICE ? user.displayName()
                : trim(r.referrerName());
        var errors = problems(r, source, referrerName);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        long number = jdbc.sql("select nextval('referral_number')").query(Long.class).single();
        String reference = String.format("R%d-%05d", today.getYear(), number);
        jdbc.sql("""
                insert into referral (id, reference, received_on, received_at, route, source, referrer_organisation,
                    referrer_user, referrer_name, referrer_contact, forename, middle_names, surname, date_of_birth,
                    approximate_age, sex, upn, address, postcode, reason, details, risk_indicators,
                    safeguarding_statuses, safeguarding_concern, escalated)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, r.receivedOn() == null ? today : r.receivedOn(), Timestamp.from(clock.instant()),
                        route.name(), source.name(), user.organisationId(), user.id(), referrerName,
                        trim(r.referrerContact()), trim(r.forename()), trim(r.middleNames()), trim(r.surname()),
                        r.dateOfBirth(), r.approximateAge(), r.sex() == null ? null : r.sex().name(),
                        r.upn() == null || r.upn().isBlank() ? null : Upn.normalise(r.upn()), trim(r.address()),
                        trim(r.postcode()), r.reason().name(), trim(r.details()), names(r.riskIndicators()),
                        names(r.safeguardingStatuses()), r.safeguardingConcern(), false)
                .update();
        audit.record(user, AuditAction.REFERRAL_RECEIVED, null, reference + " from " + referrerName, List.of());
        if (r.needsEscalation()) {
            escalate(id, null, reference, "the referral", user);
        }
        return find(id);
    }

    private List<FieldError> problems(NewReferral r, ReferralSource source, String referrerName) {
        var errors = new ArrayList<FieldError>();
        LocalDate today = LocalDate.now(clock);
        if (source == null) {
            errors.add(new FieldError("source", "Select who made the referral"));
        }
        if (referrerName == null) {
            errors.add(new FieldError("referrerName", "Enter the name of the person who made the referral"));
        }
        if (r.receivedOn() != null && r.receivedOn().isAfter(today)) {
            errors.add(new FieldError("receivedOn", "The date the referral was received must be today or in the past"));
        }
        if (trim(r.forename()) == null && trim(r.surname()) == null) {
            errors.add(new FieldError("forename", "Enter the child's first name or last name, or both"));
        }
        if (r.dateOfBirth() != null && r.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be today or in the past"));
        }
        else if (r.dateOfBirth() != null && r.dateOfBirth().isBefore(today.minusYears(25))) {
            errors.add(new FieldError("dateOfBirth", "Date of birth must be within the last 25 years"));
        }
        if (r.approximateAge() != null && (r.approximateAge() < 0 || r.approximateAge() > 25)) {
            errors.add(new FieldError("approximateAge", "Age must be a whole number of years from 0 to 25"));
        }
        if (r.upn() != null && !r.upn().isBlank() && Upn.problem(Upn.normalise(r.upn())) != null) {
            errors.add(new FieldError("upn", Upn.problem(Upn.normalise(r.upn()))));
        }
        if (r.reason() == null) {
            errors.add(new FieldError("reason", "Select the reason for the referral"));
        }
        else if (r.reason() == ReferralReason.OTHER && trim(r.details()) == null) {
            errors.add(new FieldError("details", "Describe the reason for the referral"));
        }
        return errors;
    }

    /** A school's, provider's, agency's or other LA's referral comes from their kind of organisation. */
    private ReferralSource sourceOf(RejoinUser user) {
        return switch (user.organisationKind()) {
            case ESTABLISHMENT -> user.has(Role.PROVIDER_USER) ? ReferralSource.ALTERNATIVE_PROVIDER : ReferralSource.SCHOOL;
            case AGENCY -> organisations.find(user.organisationId()).map(Organisation::agencyType)
                    .filter(type -> type == AgencyType.OTHER_LA).isPresent()
                    ? ReferralSource.OTHER_LOCAL_AUTHORITY : ReferralSource.AGENCY;
            case LOCAL_AUTHORITY -> ReferralSource.LA_SERVICE;
        };
    }

    /**
     * RULES.md 4 (CME statutory guidance): children's social care is told before any other step;
     * the task heads every queue until a person records it done.
     */
    private void escalate(UUID referralId, UUID childId, String reference, String why, RejoinUser user) {
        jdbc.sql("update referral set escalated = true where id = ?").param(referralId).update();
        tasks.open(new NewTask(NOTIFY_SOCIAL_CARE, "Notify children's social care about referral " + reference
                + ": safeguarding concern or status in " + why, "Children missing education statutory guidance: at once, before any other step",
                childId, SUBJECT, referralId, LocalDate.now(clock), true, null), user);
    }

    @Override
    @Transactional(readOnly = true)
    public ResultPage<Referral> intake(PageRequest page, RejoinUser user) {
        var rows = jdbc.sql(SELECT + " where r.decision is null order by r.escalated desc, r.received_at limit ? offset ?")
                .params(page.size(), page.offset()).query(JdbcReferrals::referral).list();
        return page.of(rows, openCount(user));
    }

    @Override
    @Transactional(readOnly = true)
    public long openCount(RejoinUser user) {
        return jdbc.sql("select count(*) from referral where decision is null").query(Long.class).single();
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
        return jdbc.sql(SELECT + " where r.referrer_organisation = ? order by r.received_at desc limit 200")
                .param(user.organisationId()).query(JdbcReferrals::referral).list().stream()
                .map(r -> new ReferralReceipt(r.id(), r.reference(), r.receivedOn(), r.childName(), r.referrerName(),
                        r.decision() == null ? "RECEIVED" : r.decision().name(),
                        r.decidedAt() == null ? null : LocalDate.ofInstant(r.decidedAt(), clock.getZone())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> candidates(UUID id, RejoinUser user) {
        return matcher.candidates(details(find(id)), user);
    }

    @Override
    public Referral link(UUID id, UUID childId, long expectedVersion, RejoinUser user) {
        var referral = open(id, expectedVersion);
        if (childId == null || !children.canSee(childId, user)) {
            throw new InvalidInputException("childId", "Select a child in the register");
        }
        update(referral, "child_id = ?", childId);
        audit.record(user, AuditAction.REFERRAL_LINKED, childId, referral.reference(),
                List.of(new FieldChange("referral", null, referral.reference())));
        escalateForChild(referral, childId, user);
        return find(id);
    }

    /**
     * RULES.md 4: a referral linked to a child whose record shows a child protection plan, child in
     * need or looked-after status escalates, if it has not already. Rejoin looks at the statuses, as
     * whoever linked it (a school's deletion return) may not see them.
     */
    private void escalateForChild(Referral referral, UUID childId, RejoinUser by) {
        var rejoin = actor.user();
        boolean safeguarding = SystemAuthentication.run(rejoin, () -> children.currentCharacteristics(
                List.of(childId), LocalDate.now(clock), rejoin))
                .getOrDefault(childId, Set.of()).stream().anyMatch(CharacteristicType::isSafeguardingStatus);
        if (!referral.escalated() && safeguarding) {
            escalate(referral.id(), childId, referral.reference(), "the child's record", by);
        }
    }

    @Override
    public Referral createChild(UUID id, long expectedVersion, boolean confirmedNew, RejoinUser user) {
        var referral = open(id, expectedVersion);
        var created = children.create(details(referral), confirmedNew, user);
        return link(id, created.id(), expectedVersion, user);
    }

    @Override
    public Referral decide(UUID id, long expectedVersion, Triage triage, RejoinUser user) {
        var referral = open(id, expectedVersion);
        var errors = new ArrayList<FieldError>();
        LocalDate today = LocalDate.now(clock);
        TriageDecision decision = triage.decision();
        String reason = triage.reason();
        String otherLa = triage.otherLa();
        LocalDate transferredOn = triage.transferredOn();
        LocalDate decidedOn = triage.decidedOn() == null ? today : triage.decidedOn();
        if (decidedOn.isAfter(today)) {
            errors.add(new FieldError("decidedOn", "The date of the decision must be today or in the past"));
        }
        else if (decidedOn.isBefore(referral.receivedOn())) {
            errors.add(new FieldError("decidedOn", "The date of the decision must not be before the referral was received"));
        }
        if (decision == null) {
            errors.add(new FieldError("decision", "Select your decision"));
        }
        else if (decision.opensCase() && referral.childId() == null) {
            errors.add(new FieldError("decision",
                    "Link the referral to a child in the register, or create the child, before opening a case"));
        }
        else if (decision == TriageDecision.KNOWN_IN_PROVISION && trim(reason) == null) {
            errors.add(new FieldError("reason", "Enter where the child is receiving education, and how you know"));
        }
        else if (decision == TriageDecision.OTHER_LA) {
            if (trim(otherLa) == null) {
                errors.add(new FieldError("otherLa", "Enter the local authority the referral was sent to"));
            }
            if (transferredOn == null) {
                errors.add(new FieldError("transferredOn", "Enter the date the referral was sent"));
            }
            else if (transferredOn.isAfter(today)) {
                errors.add(new FieldError("transferredOn", "The date the referral was sent must be today or in the past"));
            }
            else if (transferredOn.isBefore(referral.receivedOn())) {
                errors.add(new FieldError("transferredOn", "The date the referral was sent must not be before it was received"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int updated = jdbc.sql("""
                update referral set decision = ?, decision_reason = ?, other_la = ?, transferred_on = ?, decided_at = ?,
                    decided_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(decision.name(), trim(reason), decision == TriageDecision.OTHER_LA ? trim(otherLa) : null,
                        decision == TriageDecision.OTHER_LA ? transferredOn : null, Timestamp.from(clock.instant()),
                        user.username(), id, expectedVersion)
                .update();
        if (updated == 0) {
            throw conflict();
        }
        audit.record(user, AuditAction.REFERRAL_DECIDED, referral.childId(), referral.reference() + ": " + decision,
                List.of(new FieldChange("decision", null, decision.name())));
        if (decision.opensCase()) {
            events.publishEvent(new ReferralAccepted(id, referral.childId(), decision, referral.receivedOn(), decidedOn, user));
        }
        return find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> fromOtherLocalAuthorities(RejoinUser user) {
        return jdbc.sql(SELECT + " where r.source = 'OTHER_LOCAL_AUTHORITY' order by r.received_at desc limit 200")
                .query(JdbcReferrals::referral).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Referral> forChild(UUID childId, RejoinUser user) {
        return jdbc.sql(SELECT + " where r.child_id = ? order by r.received_at desc").param(childId)
                .query(JdbcReferrals::referral).list();
    }

    private Referral open(UUID id, long expectedVersion) {
        var referral = find(id);
        if (!referral.isOpen()) {
            throw new InvalidInputException("decision", "Referral " + referral.reference() + " has already been decided");
        }
        if (referral.version() != expectedVersion) {
            throw conflict();
        }
        return referral;
    }

    private void update(Referral referral, String assignment, Object value) {
        int updated = jdbc.sql("update referral set " + assignment + ", version = version + 1 where id = ? and version = ?")
                .params(value, referral.id(), referral.version()).update();
        if (updated == 0) {
            throw conflict();
        }
    }

    private static OptimisticLockingFailureException conflict() {
        return new OptimisticLockingFailureException("Someone else changed this referral while you were working on it:"
                + " open it again to see the latest, then decide.");
    }

    private Referral find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcReferrals::referral).optional()
                .orElseThrow(() -> new NotFoundException("No referral " + id));
    }

    /**
     * What the referral says of the child, as the register records it: an age becomes an estimated
     * date of birth; statuses and life events become characteristics from today.
     */
    private ChildDetails details(Referral r) {
        LocalDate today = LocalDate.now(clock);
        LocalDate dob = r.dateOfBirth() != null ? r.dateOfBirth()
                : r.approximateAge() == null ? null : today.minusYears(r.approximateAge()).withDayOfYear(1);
        var addresses = r.address() == null && r.postcode() == null ? List.<ChildDetails.Address>of()
                : List.of(new ChildDetails.Address(r.address() == null ? "Address not known" : r.address(), null, null,
                        r.postcode(), r.receivedOn(), null));
        var characteristics = new ArrayList<ChildDetails.Characteristic>();
        for (var status : r.safeguardingStatuses()) {
            characteristics.add(new ChildDetails.Characteristic(CharacteristicType.valueOf(status.name()), null,
                    r.receivedOn(), null));
        }
        for (var indicator : r.riskIndicators()) {
            var type = characteristicOf(indicator);
            if (type != null && characteristics.stream().noneMatch(c -> c.type() == type)) {
                characteristics.add(new ChildDetails.Characteristic(type, null, r.receivedOn(), null));
            }
        }
        return new ChildDetails(r.forename(), r.middleNames(), r.surname(), null, null, dob,
                r.dateOfBirth() == null && dob != null, r.sex() == null ? Sex.NOT_KNOWN : r.sex(), r.upn(), null, null,
                null, addresses, null, characteristics);
    }

    private static CharacteristicType characteristicOf(RiskIndicator indicator) {
        return switch (indicator) {
            case OFFENDING -> CharacteristicType.YOUNG_OFFENDER;
            case WOMENS_REFUGE, HOMELESS_OR_TEMPORARY_ACCOMMODATION -> CharacteristicType.REFUGE_OR_TEMPORARY_ACCOMMODATION;
            case LONG_TERM_MEDICAL_OR_EMOTIONAL -> CharacteristicType.MEDICAL_NEEDS;
            case ASYLUM_SEEKER_OR_REFUGEE -> CharacteristicType.ASYLUM_SEEKER_OR_REFUGEE;
            case LOOKED_AFTER -> CharacteristicType.LOOKED_AFTER;
            case GYPSY_ROMA_TRAVELLER -> CharacteristicType.GYPSY_ROMA_TRAVELLER;
            case YOUNG_CARER -> CharacteristicType.YOUNG_CARER;
            case TEENAGE_PARENT -> CharacteristicType.PREGNANT_OR_PARENT;
            case PERMANENTLY_EXCLUDED -> CharacteristicType.PERMANENTLY_EXCLUDED;
            case RUNAWAY, TRANSIENT_FAMILY -> null;
        };
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        var values = EnumSet.noneOf(type);
        for (String name : (String[]) array.getArray()) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        String decision = rs.getString("decision");
        String sex = rs.getString("sex");
        Object age = rs.getObject("approximate_age");
        return new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), rs.getTimestamp("received_at").toInstant(),
                ReferralRoute.valueOf(rs.getString("route")), ReferralSource.valueOf(rs.getString("source")),
                rs.getObject("referrer_organisation", UUID.class), rs.getString("referrer_organisation_name"),
                rs.getString("referrer_name"), rs.getString("referrer_contact"), rs.getString("forename"),
                rs.getString("middle_names"), rs.getString("surname"), rs.getObject("date_of_birth", LocalDate.class),
                age == null ? null : ((Number) age).intValue(), sex == null ? null : Sex.valueOf(sex),
                rs.getString("upn"), rs.getString("address"), rs.getString("postcode"),
                ReferralReason.valueOf(rs.getString("reason")), rs.getString("details"),
                enums(rs.getArray("risk_indicators"), RiskIndicator.class),
                enums(rs.getArray("safeguarding_statuses"), SafeguardingStatus.class),
                rs.getBoolean("safeguarding_concern"), rs.getBoolean("escalated"), rs.getObject("child_id", UUID.class),
                decision == null ? null : TriageDecision.valueOf(decision), rs.getString("decision_reason"),
                rs.getString("other_la"), rs.getObject("transferred_on", LocalDate.class),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getLong("version"));
    }
}
