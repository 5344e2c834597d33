package org.rejoin.cme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserAccounts;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseDocument;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseNote;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.CaseSummary;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeCases;
import org.rejoin.cme.CmeFigures;
import org.rejoin.cme.CmeProperties;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.EnquiryOutcome;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.MilestoneEntry;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.Registrations;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@PreAuthorize(JdbcCmeCases.LA_STAFF)
class JdbcCmeCases implements CmeCases {

    static final String LA_STAFF = "hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER')";
    static final String SUBJECT = "CME_CASE";
    /** The deadlines a case's milestones meet, by the milestone that closes them. */
    static final String LOCATE = "CME_LOCATE";
    static final String PROVISION_DETERMINED = "CME_PROVISION_DETERMINED";
    static final String IN_PROVISION = "CME_IN_PROVISION";
    static final String THRESHOLD = "CME_MISSING_THRESHOLD";
    static final String LOOKED_AFTER_PLACEMENT = "CME_LOOKED_AFTER_PLACEMENT";
    static final String CALENDAR = "CME_TERM_DATES_NEEDED";
    private static final List<String> ALL_DEADLINES = List.of(LOCATE, PROVISION_DETERMINED, IN_PROVISION, THRESHOLD,
            LOOKED_AFTER_PLACEMENT, CALENDAR, JoinerNotice.JOINED_ROLL);

    private static final String SELECT = """
            select c.*, u.display_name as key_worker_name from cme_case c left join app_user u on u.id = c.key_worker""";

    private final JdbcClient jdbc;
    private final ChildRegister children;
    private final Registrations registrations;
    private final SchoolCalendar calendar;
    private final Tasks tasks;
    private final AuditLog audit;
    private final CmeProperties targets;
    private final UserAccounts users;
    private final Clock clock;

    JdbcCmeCases(JdbcClient jdbc, ChildRegister children, Registrations registrations, SchoolCalendar calendar,
            Tasks tasks, AuditLog audit, CmeProperties targets, UserAccounts users, Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.children = children;
        this.registrations = registrations;
        this.calendar = calendar;
        this.tasks = tasks;
        this.audit = audit;
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
        long number = jdbc.sql("select nextval('cme_case_number')").query(Long.class).single();
        String reference = String.format("CME%d-%05d", identifiedOn.getYear(), number);
        var last = registrations.forChild(childId, user).stream()
                .max(Comparator.comparing((Registration r) -> r.endsOn() == null ? LocalDate.MAX : r.endsOn()));
        jdbc.sql("""
                insert into cme_case (id, reference, child_id, referral_id, kind, date_referred, last_known_placement,
                    last_known_placement_on, opened_at, opened_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, childId, referralId, kind.name(), dateReferred,
                        last.map(Registration::establishmentName).orElse(null),
                        last.map(r -> r.endsOn() == null ? r.startsOn() : r.endsOn()).orElse(null),
                        Timestamp.from(clock.instant()), user.username())
                .update();
        insertMilestone(id, 0, new NewMilestone(Milestone.IDENTIFIED, identifiedOn,
                kind == CaseKind.MISSING_EDUCATION ? "Missing education" : "At risk of missing education", null, null),
                user);
        audit.record(user, AuditAction.CME_CASE_OPENED, childId, reference + " (" + kind + ")", List.of());
        var opened = find(id, user);
        openDeadlines(opened, identifiedOn, user);
        return opened;
    }

    /**
     * The LA's targets from the day the child was identified, in school days (RULES.md 4; CME statutory
     * guidance): located, provision determined, in provision, and the missing-education threshold
     * from the last day in provision. When the term dates needed are not entered, a task says so
     * rather than guessing a date.
     */
    private void openDeadlines(CmeCase c, LocalDate from, RejoinUser user) {
        var days = calendar.forLocalAuthority();
        try {
            var status = c.status();
            if (status == CaseStatus.NOT_LOCATED) {
                deadline(c, LOCATE, "Locate " + c.childName(), "LA target: located within " + targets.locateWithin()
                        + " school days", days.add(from, targets.locateWithin()), user);
            }
            if (status.ordinal() < CaseStatus.PROVISION_IDENTIFIED.ordinal()) {
                deadline(c, PROVISION_DETERMINED, "Determine the form of provision for " + c.childName(),
                        "LA target: provision determined within " + targets.provisionDeterminedWithin() + " school days",
                        days.add(from, targets.provisionDeterminedWithin()), user);
            }
            deadline(c, IN_PROVISION, c.childName() + " in provision", "LA target: in provision within "
                    + targets.inProvisionWithin() + " school days", days.add(from, targets.inProvisionWithin()), user);
            if (c.kind() == CaseKind.MISSING_EDUCATION && c.lastKnownPlacementOn() != null) {
                var threshold = days.add(c.lastKnownPlacementOn(), targets.missingThreshold());
                deadline(c, THRESHOLD, c.childName() + " out of provision " + targets.missingThreshold() + " school days",
                        "Children missing education guidance: out of provision " + targets.missingThreshold()
                                + " school days counts as missing education (RULES.md 4)",
                        threshold.isBefore(from) ? from : threshold, user);
            }
        }
        catch (CalendarNotDefinedException e) {
            deadline(c, CALENDAR, "Enter the term dates for " + e.year().label() + " so that " + c.reference()
                    + "'s deadlines can be set", "Deadlines are counted in school days and are never guessed",
                    LocalDate.now(clock), user);
        }
    }

    private void lookedAfterDeadline(CmeCase c, LocalDate from, RejoinUser user) {
        try {
            deadline(c, LOOKED_AFTER_PLACEMENT, "Education placement for " + c.childName() + " (looked after, moved in an emergency)",
                    "Statutory guidance: placement within " + targets.lookedAfterPlacementWithin() + " school days (RULES.md 4)",
                    calendar.forLocalAuthority().add(from, targets.lookedAfterPlacementWithin()), user);
        }
        catch (CalendarNotDefinedException e) {
            deadline(c, CALENDAR, "Enter the term dates for " + e.year().label() + " so that " + c.reference()
                    + "'s deadlines can be set", "Deadlines are counted in school days and are never guessed",
                    LocalDate.now(clock), user);
        }
    }

    private void deadline(CmeCase c, String kind, String title, String rule, LocalDate due, RejoinUser user) {
        tasks.open(new NewTask(kind, title, rule, c.childId(), SUBJECT, c.id(), due, false, c.keyWorker()), user);
    }

    @Override
    public CmeCase get(UUID id, RejoinUser user) {
        var c = find(id, user);
        audit.record(user, AuditAction.CME_CASE_VIEWED, c.childId(), c.reference(), List.of());
        return c;
    }

    @Override
    public CmeCase record(UUID id, long expectedVersion, NewMilestone m, RejoinUser user) {
        var c = current(id, expectedVersion, user);
        var errors = new ArrayList<FieldError>();
        LocalDate today = LocalDate.now(clock);
        var status = c.status();
        if (m.milestone() == null) {
            errors.add(new FieldError("milestone", "Select the step reached"));
        }
        else if (m.milestone() == Milestone.IDENTIFIED || !status.next().contains(m.milestone())) {
            errors.add(new FieldError("milestone", "A case that is " + words(status) + " cannot be marked "
                    + words(m.milestone()) + " next: the steps are located, needs determined, provision identified,"
                    + " provision accessed, and closed at any point"));
        }
        if (m.occurredOn() == null) {
            errors.add(new FieldError("occurredOn", "Enter the date"));
        }
        else if (m.occurredOn().isAfter(today)) {
            errors.add(new FieldError("occurredOn", "The date must be today or in the past: record a step once it has happened"));
        }
        else if (m.occurredOn().isBefore(c.latest().occurredOn())) {
            errors.add(new FieldError("occurredOn", "The date must not be before the last step, "
                    + words(c.latest().milestone()) + " on " + c.latest().occurredOn()));
        }
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
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        insertMilestone(id, c.milestones().size(), m, user);
        bump(c);
        audit.record(user, AuditAction.CME_MILESTONE_RECORDED, c.childId(), c.reference() + ": " + m.milestone()
                + " on " + m.occurredOn(), List.of(new FieldChange("status", c.status().name(),
                        CaseStatus.of(Stream.concat(c.milestones().stream().map(MilestoneEntry::milestone),
                                Stream.of(m.milestone())).toList()).name())));
        String done = words(m.milestone()) + " on " + m.occurredOn();
        switch (m.milestone()) {
            case LOCATED -> tasks.closeFor(id, List.of(LOCATE), done, user);
            case PROVISION_IDENTIFIED -> tasks.closeFor(id, List.of(PROVISION_DETERMINED), done, user);
            case PROVISION_ACCESSED -> tasks.closeFor(id, List.of(PROVISION_DETERMINED, IN_PROVISION, THRESHOLD,
                    LOOKED_AFTER_PLACEMENT, JoinerNotice.JOINED_ROLL), done, user);
            case CLOSED -> tasks.closeFor(id, ALL_DEADLINES, "Case closed: " + words(m.outcome()), user);
            case REOPENED -> openDeadlines(find(id, user), m.occurredOn(), user);
            default -> { }
        }
        return find(id, user);
    }

    @Override
    public CmeCase update(UUID id, long expectedVersion, CaseDetails d, RejoinUser user) {
        var c = current(id, expectedVersion, user);
        var errors = new ArrayList<FieldError>();
        if (d.lastKnownPlacementOn() != null && d.lastKnownPlacementOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("lastKnownPlacementOn", "The date of the last known placement must be today or in the past"));
        }
        if (d.keyWorker() != null && users.localAuthorityStaff().stream().noneMatch(u -> u.id().equals(d.keyWorker()))) {
            errors.add(new FieldError("keyWorker", "Select a key worker from the local authority's staff"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var changes = new ArrayList<FieldChange>();
        change(changes, "keyWorker", c.keyWorker(), d.keyWorker());
        change(changes, "needsSummary", c.needsSummary(), trim(d.needsSummary()));
        change(changes, "eligibility", c.eligibility(), trim(d.eligibility()));
        change(changes, "lastKnownPlacement", c.lastKnownPlacement(), trim(d.lastKnownPlacement()));
        change(changes, "lastKnownPlacementOn", c.lastKnownPlacementOn(), d.lastKnownPlacementOn());
        change(changes, "lookedAfterEmergency", c.lookedAfterEmergency(), d.lookedAfterEmergency());
        if (changes.isEmpty()) {
            return c;
        }
        int updated = jdbc.sql("""
                update cme_case set key_worker = ?, needs_summary = ?, eligibility = ?, last_known_placement = ?,
                    last_known_placement_on = ?, looked_after_emergency = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.keyWorker(), trim(d.needsSummary()), trim(d.eligibility()), trim(d.lastKnownPlacement()),
                        d.lastKnownPlacementOn(), d.lookedAfterEmergency(), id, expectedVersion)
                .update();
        if (updated == 0) {
            throw conflict();
        }
        audit.record(user, AuditAction.CME_CASE_UPDATED, c.childId(), c.reference(), changes);
        if (d.keyWorker() != null && !d.keyWorker().equals(c.keyWorker())) {
            tasks.reassign(id, d.keyWorker(), user);
        }
        if (d.lookedAfterEmergency() && !c.lookedAfterEmergency() && c.isOpen()) {
            lookedAfterDeadline(find(id, user), LocalDate.now(clock), user);
        }
        return find(id, user);
    }

    @Override
    public Enquiry addEnquiry(UUID id, NewEnquiry e, RejoinUser user) {
        var c = find(id, user);
        var errors = new ArrayList<FieldError>();
        if (e.check() == null) {
            errors.add(new FieldError("check", "Select the check made"));
        }
        if (e.checkedOn() == null) {
            errors.add(new FieldError("checkedOn", "Enter the date of the check"));
        }
        else if (e.checkedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("checkedOn", "The date of the check must be today or in the past"));
        }
        if (e.outcome() == null) {
            errors.add(new FieldError("outcome", "Select what the check found"));
        }
        if (e.check() == EnquiryCheck.OTHER && blank(e.notes())) {
            errors.add(new FieldError("notes", "Say what the other check was"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID enquiryId = UUID.randomUUID();
        jdbc.sql("""
                insert into cme_enquiry (id, case_id, check_type, checked_on, outcome, notes, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(enquiryId, id, e.check().name(), e.checkedOn(), e.outcome().name(), trim(e.notes()),
                        Timestamp.from(clock.instant()), user.username())
                .update();
        audit.record(user, AuditAction.CME_ENQUIRY_RECORDED, c.childId(), c.reference() + ": " + e.check() + " "
                + e.outcome(), List.of());
        return enquiries(id, user).stream().filter(x -> x.id().equals(enquiryId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Enquiry> enquiries(UUID id, RejoinUser user) {
        return jdbc.sql("select * from cme_enquiry where case_id = ? order by checked_on, recorded_at").param(id)
                .query((rs, n) -> new Enquiry(rs.getObject("id", UUID.class), EnquiryCheck.valueOf(rs.getString("check_type")),
                        rs.getObject("checked_on", LocalDate.class), EnquiryOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("notes"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EnquiryCheck> outstandingChecks(UUID id, RejoinUser user) {
        var made = enquiries(id, user).stream().map(Enquiry::check).toList();
        return Arrays.stream(EnquiryCheck.values()).filter(c -> c != EnquiryCheck.OTHER && !made.contains(c)).toList();
    }

    @Override
    public CaseNote addNote(UUID id, NewNote note, RejoinUser user) {
        var c = find(id, user);
        var errors = new ArrayList<FieldError>();
        if (blank(note.text())) {
            errors.add(new FieldError("text", "Enter the note"));
        }
        if (note.occurredOn() == null) {
            errors.add(new FieldError("occurredOn", "Enter the date"));
        }
        else if (note.occurredOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("occurredOn", "The date must be today or in the past"));
        }
        boolean contact = !blank(note.contactWith()) || !blank(note.method());
        if (contact && blank(note.contactWith())) {
            errors.add(new FieldError("contactWith", "Say who the contact was with"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID noteId = UUID.randomUUID();
        jdbc.sql("""
                insert into cme_note (id, case_id, kind, occurred_on, contact_with, method, text, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(noteId, id, contact ? "CONTACT" : "NOTE", note.occurredOn(), trim(note.contactWith()),
                        trim(note.method()), note.text().trim(), Timestamp.from(clock.instant()), user.username())
                .update();
        audit.record(user, AuditAction.CME_NOTE_ADDED, c.childId(), c.reference() + (contact ? ": contact with "
                + note.contactWith().trim() : ": note"), List.of());
        return notes(id, user).stream().filter(x -> x.id().equals(noteId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseNote> notes(UUID id, RejoinUser user) {
        return jdbc.sql("select * from cme_note where case_id = ? order by occurred_on, recorded_at").param(id)
                .query((rs, n) -> new CaseNote(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getString("contact_with"), rs.getString("method"),
                        rs.getString("text"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    @Override
    public CaseDocument attach(UUID id, String filename, byte[] content, String description, RejoinUser user) {
        var c = find(id, user);
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
        UUID documentId = UUID.randomUUID();
        jdbc.sql("""
                insert into cme_document (id, case_id, filename, content_type, size_bytes, content, description,
                    uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(documentId, id, name, type, content.length, content, trim(description),
                        Timestamp.from(clock.instant()), user.username())
                .update();
        audit.record(user, AuditAction.CME_DOCUMENT_ADDED, c.childId(), c.reference() + ": " + name, List.of());
        return documents(id, user).stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseDocument> documents(UUID id, RejoinUser user) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, description, uploaded_at, uploaded_by
                from cme_document where case_id = ? order by uploaded_at""").param(id)
                .query((rs, n) -> new CaseDocument(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("description"),
                        rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
                .list();
    }

    @Override
    public byte[] content(UUID id, UUID documentId, RejoinUser user) {
        var c = find(id, user);
        byte[] content = jdbc.sql("select content from cme_document where id = ? and case_id = ?").params(documentId, id)
                .query(byte[].class).optional().orElseThrow(() -> new NotFoundException("No document " + documentId));
        audit.record(user, AuditAction.CME_DOCUMENT_VIEWED, c.childId(), c.reference() + ": " + documentId, List.of());
        return content;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> mine(RejoinUser user) {
        return summaries(withMilestones(jdbc.sql(SELECT + " where c.key_worker = ?").param(user.id()).query(this::row)
                .list(), user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> open(RejoinUser user) {
        return summaries(withMilestones(jdbc.sql(SELECT).query(this::row).list(), user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public CmeFigures figures(RejoinUser user) {
        var all = withMilestones(jdbc.sql(SELECT).query(this::row).list(), user);
        LocalDate today = LocalDate.now(clock);
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        all.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        var open = all.stream().filter(CmeCase::isOpen).toList();
        Map<CharacteristicType, Long> byGroup = new EnumMap<>(
                CharacteristicType.class);
        children.currentCharacteristics(open.stream().map(CmeCase::childId).distinct().toList(), today, user).values()
                .forEach(types -> types.forEach(t -> byGroup.merge(t, 1L, Long::sum)));
        var days = new ArrayList<Long>();
        for (var c : all) {
            c.milestones().stream().filter(m -> m.milestone() == Milestone.PROVISION_ACCESSED).findFirst()
                    .ifPresent(m -> days.add(ChronoUnit.DAYS.between(c.dateReferred(), m.occurredOn())));
        }
        days.sort(null);
        // Issue 4 "Manager view": children not located for more than 4 weeks.
        var notLocated = summaries(open.stream().filter(c -> c.status() == CaseStatus.NOT_LOCATED
                && !c.currentCycle().get(0).occurredOn().isAfter(today.minusWeeks(4))).toList(), user);
        return new CmeFigures(byStatus, byGroup, percentile(days, 50), percentile(days, 90), days.size(),
                tasks.overdueByAssignee(user), notLocated);
    }

    /** The nearest-rank percentile, or null for no values. */
    static Integer percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)).intValue();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CmeCase> forChild(UUID childId, RejoinUser user) {
        return withMilestones(jdbc.sql(SELECT + " where c.child_id = ? order by c.opened_at desc").param(childId)
                .query(this::row).list(), user);
    }

    /** Open cases as list rows, the soonest next deadline first. */
    private List<CaseSummary> summaries(List<CmeCase> all, RejoinUser user) {
        var cases = all.stream().filter(CmeCase::isOpen).toList();
        Map<UUID, Task> next = tasks.nextDue(cases.stream().map(CmeCase::id).toList(), user);
        return cases.stream().map(c -> new CaseSummary(c.id(), c.reference(), c.childId(), c.childName(), c.kind(),
                c.status(), c.dateReferred(), c.keyWorkerName(), next.containsKey(c.id()) ? next.get(c.id()).title() : null,
                next.containsKey(c.id()) ? next.get(c.id()).dueOn() : null))
                .sorted(Comparator.comparing(CaseSummary::nextDue, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private void insertMilestone(UUID caseId, int position, NewMilestone m, RejoinUser user) {
        jdbc.sql("""
                insert into cme_milestone (case_id, position, milestone, occurred_on, details, outcome, destination,
                    recorded_at, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, position, m.milestone().name(), m.occurredOn(), trim(m.details()),
                        m.outcome() == null ? null : m.outcome().name(), trim(m.destination()),
                        Timestamp.from(clock.instant()), user.username())
                .update();
    }

    private void bump(CmeCase c) {
        if (jdbc.sql("update cme_case set version = version + 1 where id = ? and version = ?").params(c.id(), c.version())
                .update() == 0) {
            throw conflict();
        }
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
        var rows = jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::row).list();
        if (rows.isEmpty()) {
            throw new NotFoundException("No CME case " + id);
        }
        return withMilestones(rows, user).get(0);
    }

    /** A case row before its milestones and child are filled in. */
    private record Row(UUID id, String reference, UUID childId, UUID referralId, CaseKind kind, LocalDate dateReferred,
            UUID keyWorker, String keyWorkerName, String needsSummary, String eligibility, String lastKnownPlacement,
            LocalDate lastKnownPlacementOn, boolean lookedAfterEmergency, Instant openedAt, String openedBy,
            long version) {
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getObject("child_id", UUID.class),
                rs.getObject("referral_id", UUID.class), CaseKind.valueOf(rs.getString("kind")),
                rs.getObject("date_referred", LocalDate.class), rs.getObject("key_worker", UUID.class),
                rs.getString("key_worker_name"), rs.getString("needs_summary"), rs.getString("eligibility"),
                rs.getString("last_known_placement"), rs.getObject("last_known_placement_on", LocalDate.class),
                rs.getBoolean("looked_after_emergency"), rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"), rs.getLong("version"));
    }

    private List<CmeCase> withMilestones(List<Row> rows, RejoinUser user) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        Map<UUID, List<MilestoneEntry>> milestones = new HashMap<>();
        jdbc.sql("select * from cme_milestone where case_id = any(?) order by case_id, position").param(ids)
                .query((rs, n) -> {
                    String outcome = rs.getString("outcome");
                    milestones.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new ArrayList<>())
                            .add(new MilestoneEntry(rs.getInt("position"), Milestone.valueOf(rs.getString("milestone")),
                                    rs.getObject("occurred_on", LocalDate.class), rs.getString("details"),
                                    outcome == null ? null : ClosureOutcome.valueOf(outcome), rs.getString("destination"),
                                    rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")));
                    return null;
                }).list();
        Map<UUID, ChildSummary> childrenById = new HashMap<>();
        var childIds = rows.stream().map(Row::childId).distinct().toList();
        children.summaries(childIds, user).forEach(s -> childrenById.put(s.id(), s));
        return rows.stream().map(r -> {
            var child = childrenById.get(r.childId());
            return new CmeCase(r.id(), r.reference(), r.childId(), child == null ? "" : child.displayName(),
                    child == null ? null : child.dateOfBirth(), r.referralId(), r.kind(), r.dateReferred(), r.keyWorker(),
                    r.keyWorkerName(), r.needsSummary(), r.eligibility(), r.lastKnownPlacement(),
                    r.lastKnownPlacementOn(), r.lookedAfterEmergency(), r.openedAt(), r.openedBy(), r.version(),
                    List.copyOf(milestones.getOrDefault(r.id(), List.of())));
        }).toList();
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
