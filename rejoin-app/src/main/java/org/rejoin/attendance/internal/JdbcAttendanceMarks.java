package org.rejoin.attendance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.MarkLoad;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.BulkCopy;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Session marks in one row per child, establishment and month (ADR 14). A load is checked whole
 * before anything is written; then only its marks go to the database, as runs of consecutive sessions
 * (COPY into a temporary table), laid over the month rows in SQL (ADR 16), so a day's marks for a large
 * LA load in seconds.
 */
@Service
@Transactional
@LaOrEstablishmentStaff
class JdbcAttendanceMarks implements AttendanceMarks {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcAttendanceMarks.class);

    /** Problems listed before the rest are counted: enough to fix a file, not a page of a million lines. */
    private static final int MAX_PROBLEMS = 100;
    /** Loads for up to this many pupils (a large secondary school's day) are scanned for alerts as they land. */
    static final int SCAN_AT_ONCE = 5_000;
    private static final java.util.Comparator<FieldError> BY_ROW = java.util.Comparator.comparingLong(
            p -> p.field().startsWith("row ") ? Long.parseLong(p.field().substring(4)) : Long.MAX_VALUE);
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final JdbcClient jdbc;
    private final Registrations registrations;
    private final Organisations organisations;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final BulkCopy bulk;
    private final AuditLog audit;
    private final AlertScan alerts;
    private final PeriodFigures periodFigures;
    private final Clock clock;

    JdbcAttendanceMarks(JdbcClient jdbc, Registrations registrations, Organisations organisations, ChildRegister children,
            ChildMerges merges, BulkCopy bulk, AuditLog audit, AlertScan alerts, PeriodFigures periodFigures, Clock clock) {
        this.alerts = alerts;
        this.periodFigures = periodFigures;
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.organisations = organisations;
        this.children = children;
        this.merges = merges;
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
    }

    /** A mark checked and resolved: whose, where, which month row and byte. */
    private record Resolved(UUID childId, UUID establishmentId, LocalDate date, Session session, AttendanceCode code) {

        LocalDate month() {
            return date.withDayOfMonth(1);
        }

        int offset() {
            return MonthMarks.offset(date, session);
        }
    }

    private record RowKey(UUID establishmentId, LocalDate month, UUID childId) {
    }

    /** Lays one round of a load's runs (a row's first run, second, ...) over the month rows held. */
    private static final String LAY_OVER = """
            update attendance_month a set marks = overlay(a.marks placing p.marks from p.start + 1)
            from attendance_patch p
            where p.round = ? and a.establishment_id = p.establishment_id and a.month = p.month
              and a.child_id = p.child_id
            """;

    @Override
    public MarkLoad load(List<NewMark> marks, String route, RejoinUser user) {
        return load(marks, route, user, 1, List.of());
    }

    /**
     * @param firstRow the number the first mark's problems are given: 1 in a batch, 2 in a CSV (its header is line 1)
     * @param unreadable problems found reading the rows (a CSV's); a row that could not be read is null in {@code marks}
     */
    private MarkLoad load(List<NewMark> marks, String route, RejoinUser user, int firstRow, List<FieldError> unreadable) {
        long started = System.nanoTime();
        var problems = new ArrayList<>(unreadable);
        if (marks == null || marks.isEmpty()) {
            throw new InvalidInputException("marks", "Send at least one mark");
        }
        LocalDate today = LocalDate.now(clock);
        // Establishments by URN, each checked once against who is sending.
        var establishments = new HashMap<Integer, Establishment>();
        var refused = new HashSet<Integer>();
        LocalDate from = null;
        LocalDate to = null;
        for (int i = 0; i < marks.size(); i++) {
            var m = marks.get(i);
            String row = "row " + (i + firstRow);
            if (m == null) {
                if (unreadable.stream().noneMatch(p -> p.field().equals(row))) {
                    problems.add(new FieldError(row, "is empty"));
                }
                continue;
            }
            if (m.establishmentUrn() == null) {
                problems.add(new FieldError(row, "names no establishment URN"));
            }
            else if (!establishments.containsKey(m.establishmentUrn()) && !refused.contains(m.establishmentUrn())) {
                var e = organisations.establishmentByUrn(m.establishmentUrn()).orElse(null);
                if (e == null) {
                    refused.add(m.establishmentUrn());
                    problems.add(new FieldError(row, "no establishment has URN " + m.establishmentUrn()));
                }
                else if (!user.actsFor(e.id())) {
                    throw new AccessDeniedException("Marks for " + e.name() + " are sent by " + e.name() + " itself, or LA staff");
                }
                else {
                    establishments.put(m.establishmentUrn(), e);
                }
            }
            if (m.upnOrChildId() == null || m.upnOrChildId().isBlank()) {
                problems.add(new FieldError(row, "names no pupil (a UPN or a child id)"));
            }
            if (m.date() == null) {
                problems.add(new FieldError(row, "has no date"));
            }
            else if (m.date().isAfter(today)) {
                problems.add(new FieldError(row, "is dated " + m.date() + ", in the future"));
            }
            else {
                from = from == null || m.date().isBefore(from) ? m.date() : from;
                to = to == null || m.date().isAfter(to) ? m.date() : to;
            }
            if (m.session() == null) {
                problems.add(new FieldError(row, "has no session: AM or PM"));
            }
            if (AttendanceCode.ofMark(m.code()) == null) {
                problems.add(new FieldError(row, codeProblem(m.code())));
            }
        }
        // Each pupil must be on the sender's roll on the day of the mark.
        record Pupil(Object upnOrChildId, UUID establishmentId) {
        }
        var enrolled = new HashMap<Pupil, List<Enrolment>>();
        long rolls = System.nanoTime();
        if (from != null && !establishments.isEmpty()) {
            for (var e : registrations.enrolments(establishments.values().stream().map(Establishment::id).toList(), from, to)) {
                if (e.upn() != null) {
                    enrolled.computeIfAbsent(new Pupil(e.upn(), e.establishmentId()), k -> new ArrayList<>(1)).add(e);
                }
                enrolled.computeIfAbsent(new Pupil(e.childId(), e.establishmentId()), k -> new ArrayList<>(1)).add(e);
            }
        }
        rolls = System.nanoTime() - rolls;
        var resolved = new ArrayList<Resolved>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            var m = marks.get(i);
            AttendanceCode code = m == null ? null : AttendanceCode.ofMark(m.code());
            if (code == null || m.date() == null || m.date().isAfter(today) || m.session() == null
                    || m.upnOrChildId() == null || !establishments.containsKey(m.establishmentUrn())) {
                continue;
            }
            var establishment = establishments.get(m.establishmentUrn());
            String pupil = m.upnOrChildId().trim();
            Enrolment enrolment = null;
            for (var e : enrolled.getOrDefault(new Pupil(childIdOrUpn(pupil), establishment.id()), List.of())) {
                if (e.covers(m.date())) {
                    enrolment = e;
                    break;
                }
            }
            if (enrolment == null) {
                problems.add(new FieldError("row " + (i + firstRow), pupil + " is not on " + establishment.name() + "'s roll on "
                        + m.date()));
                continue;
            }
            resolved.add(new Resolved(enrolment.childId(), establishment.id(), m.date(), m.session(), code));
        }
        if (!problems.isEmpty()) {
            problems.sort(BY_ROW);
            var shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(new FieldError("marks", "and " + (problems.size() - MAX_PROBLEMS) + " more problems"));
            }
            throw new InvalidInputException(shown);
        }
        if (marks.size() >= 10_000) {
            log.info("Checked {} marks in {} ms (the rolls read in {} ms)", marks.size(), (System.nanoTime() - started) / 1_000_000,
                    rolls / 1_000_000);
        }
        return write(resolved, route, user);
    }

    private MarkLoad write(List<Resolved> marks, String route, RejoinUser user) {
        var watch = new org.springframework.util.StopWatch();
        watch.start("patch");
        // Each month row's new marks, the last of a session sent twice winning; in the file's order (a school's
        // pupils together), so that new rows and their index entries are written page by page.
        var patches = new LinkedHashMap<RowKey, byte[]>();
        for (var m : marks) {
            patches.computeIfAbsent(new RowKey(m.establishmentId(), m.month(), m.childId()), k -> new byte[MonthMarks.LENGTH])
                    [m.offset()] = m.code().id();
        }
        // Sent as runs of consecutive sessions: a day's load is one run of two bytes a row, not the row.
        var runs = new ArrayList<Object[]>(patches.size());
        var hex = HexFormat.of();
        int rounds = 0;
        for (var p : patches.entrySet()) {
            byte[] row = p.getValue();
            int round = 0;
            for (int i = 0; i < row.length; i++) {
                if (row[i] == 0) {
                    continue;
                }
                int j = i;
                while (j + 1 < row.length && row[j + 1] != 0) {
                    j++;
                }
                var k = p.getKey();
                runs.add(new Object[] {k.establishmentId(), k.month(), k.childId(), round++, i,
                        "\\x" + hex.formatHex(row, i, j + 1)});
                i = j;
            }
            rounds = Math.max(rounds, round);
        }
        watch.stop();
        watch.start("copy");
        jdbc.sql("""
                create temp table if not exists attendance_patch (establishment_id uuid, month date, child_id uuid,
                    round smallint, start smallint, marks bytea) on commit drop""").update();
        jdbc.sql("truncate attendance_patch").update();
        bulk.copy("attendance_patch", List.of("establishment_id", "month", "child_id", "round", "start", "marks"), runs);
        jdbc.sql("analyze attendance_patch").update();
        watch.stop();
        watch.start("changes");
        // A mark already held that the load changes is kept in history: only rows with such a mark come back.
        UUID loadId = UUID.randomUUID();
        var changes = new ArrayList<Object[]>();
        jdbc.sql("""
                select * from (
                    select p.establishment_id, p.month, p.child_id, p.start, p.marks,
                        substring(a.marks from p.start + 1 for length(p.marks)) as held
                    from attendance_patch p join attendance_month a
                      on a.establishment_id = p.establishment_id and a.month = p.month and a.child_id = p.child_id) r
                where held <> marks and btrim(held, '\\x00'::bytea) <> ''::bytea""")
                .query(rs -> {
                    LocalDate month = rs.getObject(2, LocalDate.class);
                    int start = rs.getInt(4);
                    byte[] now = rs.getBytes(5);
                    byte[] old = rs.getBytes(6);
                    for (int i = 0; i < now.length; i++) {
                        if (old[i] != 0 && old[i] != now[i]) {
                            changes.add(new Object[] {loadId, rs.getObject(3, UUID.class), rs.getObject(1, UUID.class),
                                    month.plusDays((start + i) / 2), (start + i) % 2 == 0 ? "AM" : "PM", old[i], now[i]});
                        }
                    }
                });
        watch.stop();
        watch.start("write");
        // A row not yet held is inserted with its first run; one held has the run laid over it. The update
        // does not see the rows the insert adds (one statement, one snapshot), so no row is written twice.
        var firstRound = jdbc.sql("""
                with inserted as (
                    insert into attendance_month (establishment_id, month, child_id, marks)
                    select establishment_id, month, child_id, overlay(?::bytea placing marks from start + 1)
                    from attendance_patch where round = 0
                    on conflict (establishment_id, month, child_id) do nothing returning 1),
                updated as (""" + LAY_OVER + """
                    returning 1)
                select (select count(*) from inserted) + (select count(*) from updated)""")
                .param(new byte[MonthMarks.LENGTH]).param(0).query(Long.class).single();
        for (int round = firstRound == patches.size() ? 1 : 0; round < rounds; round++) {
            // Later runs of a row (a load of several days); round 0 again only if another load inserted a row meanwhile.
            jdbc.sql(LAY_OVER).param(round).update();
        }
        watch.stop();
        watch.start("history and audit");
        int written = marks.size();
        var loadedAt = recordLoad(loadId, route, written, changes.size(), user);
        bulk.copy("attendance_mark_change", List.of("load_id", "child_id", "establishment_id", "session_date", "session",
                "old_code", "new_code"), changes);
        var pupils = marks.stream().map(Resolved::childId).distinct().toList();
        audit.recordAll(user, AuditAction.ATTENDANCE_RECORDED, pupils, written + " marks by " + route.toLowerCase(java.util.Locale.ROOT)
                + (changes.isEmpty() ? "" : ", " + changes.size() + " changed"));
        watch.stop();
        // A school's or provider's load is scanned for alerts at once; an LA-wide feed waits for the morning scan.
        if (pupils.size() <= SCAN_AT_ONCE) {
            alerts.scan(pupils, user);
        }
        if (written >= 10_000) {
            log.info("Loaded {} marks for {} pupils: {}", written, pupils.size(), watch.shortSummary() + " "
                    + java.util.Arrays.stream(watch.getTaskInfo()).map(t -> t.getTaskName() + " " + t.getTimeMillis() + " ms")
                            .toList());
        }
        return new MarkLoad(loadId, route, written, changes.size(), pupils.size(), loadedAt, user.username());
    }

    /** Writes whole month rows, replacing those held: COPY into a temporary table, then one upsert. */
    private void writeMonths(java.util.Map<RowKey, byte[]> months) {
        jdbc.sql("create temp table if not exists attendance_month_load (like attendance_month) on commit drop").update();
        jdbc.sql("truncate attendance_month_load").update();
        var hex = HexFormat.of();
        var rows = new ArrayList<Object[]>(months.size());
        months.forEach((k, v) -> rows.add(new Object[] {k.establishmentId(), k.month(), k.childId(), "\\x" + hex.formatHex(v)}));
        bulk.copy("attendance_month_load", List.of("establishment_id", "month", "child_id", "marks"), rows);
        jdbc.sql("""
                insert into attendance_month (establishment_id, month, child_id, marks)
                select establishment_id, month, child_id, marks from attendance_month_load
                on conflict (establishment_id, month, child_id) do update set marks = excluded.marks""").update();
    }

    /** Keeps a load: who sent how many marks, by which route, and how many changed. */
    private java.time.Instant recordLoad(UUID loadId, String route, int marks, int changed, RejoinUser by) {
        var loadedAt = clock.instant();
        jdbc.sql("insert into attendance_load (id, route, marks, changed, loaded_at, loaded_by) values (?, ?, ?, ?, ?, ?)")
                .params(loadId, route, marks, changed, Timestamp.from(loadedAt), by.username()).update();
        return loadedAt;
    }

    @Override
    @LaAdmin
    public void loadAll(List<PupilMonth> months, RejoinUser by) {
        var rows = new LinkedHashMap<RowKey, byte[]>();
        var counts = new LinkedHashMap<UUID, Integer>();
        for (var m : months) {
            if (m.sessions().length != MonthMarks.LENGTH || m.month().getDayOfMonth() != 1) {
                throw new IllegalArgumentException("A month of marks starts on the 1st and holds " + MonthMarks.LENGTH + " sessions");
            }
            byte[] row = new byte[MonthMarks.LENGTH];
            int marked = 0;
            for (int i = 0; i < row.length; i++) {
                if (m.sessions()[i] != null) {
                    row[i] = m.sessions()[i].id();
                    marked++;
                }
            }
            rows.put(new RowKey(m.establishmentId(), m.month(), m.childId()), row);
            counts.merge(m.childId(), marked, Integer::sum);
        }
        writeMonths(rows);
        recordLoad(UUID.randomUUID(), "BULK", counts.values().stream().mapToInt(Integer::intValue).sum(), 0, by);
        audit.recordAll(by, AuditAction.ATTENDANCE_RECORDED, List.copyOf(counts.keySet()), "Marks loaded in bulk");
    }

    @Override
    @LaAdmin
    public int scanAlerts(RejoinUser by) {
        return alerts.scan(null, by);
    }

    @Override
    public MarkLoad loadCsv(InputStream csv, RejoinUser user) {
        var marks = new ArrayList<NewMark>();
        var problems = new ArrayList<FieldError>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var missing = List.of("upn_or_child_id", "establishment_urn", "date", "session", "code").stream()
                    .filter(h -> !parser.getHeaderMap().containsKey(h)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("file", "The header row lacks " + String.join(", ", missing)
                        + ": it is upn_or_child_id,establishment_urn,date,session,code");
            }
            for (var record : parser) {
                String row = "row " + (record.getRecordNumber() + 1);
                Integer urn = null;
                try {
                    urn = Integer.valueOf(record.get("establishment_urn"));
                }
                catch (NumberFormatException e) {
                    problems.add(new FieldError(row, "establishment URN '" + record.get("establishment_urn") + "' is not a number"));
                }
                LocalDate date = date(record.get("date"));
                if (date == null) {
                    problems.add(new FieldError(row, "date '" + record.get("date") + "' is not a date: write it as yyyy-mm-dd or dd/mm/yyyy"));
                }
                Session session = switch (record.get("session").toUpperCase(java.util.Locale.ROOT)) {
                    case "AM" -> Session.AM;
                    case "PM" -> Session.PM;
                    default -> null;
                };
                if (session == null) {
                    problems.add(new FieldError(row, "session '" + record.get("session") + "' is not AM or PM"));
                }
                boolean readable = urn != null && date != null && session != null;
                if (!readable && AttendanceCode.ofMark(record.get("code")) == null) {
                    // A row that cannot be read is not checked as a mark: its code is checked here, so every problem shows.
                    problems.add(new FieldError(row, codeProblem(record.get("code"))));
                }
                marks.add(readable ? new NewMark(record.get("upn_or_child_id"), urn, date, session, record.get("code")) : null);
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "The file is not a CSV Rejoin can read: " + e.getMessage());
        }
        // Every problem at once: the rows that could be read are checked as a batch's are.
        return load(marks, "CSV", user, 2, problems);
    }

    /** A child id when the text is one, else the text in capitals as a UPN: no exception thrown per UPN of a large file. */
    private static Object childIdOrUpn(String pupil) {
        if (pupil.length() == 36 && pupil.charAt(8) == '-') {
            try {
                return UUID.fromString(pupil);
            }
            catch (IllegalArgumentException notAnId) {
                // Not an id after all: looked up as a UPN below.
            }
        }
        return pupil.toUpperCase(java.util.Locale.ROOT);
    }

    /** What is wrong with a code that is not national (RULES.md 2). */
    private static String codeProblem(String code) {
        return code == null || code.isBlank() ? "has no code" : "code '" + code + "' is not one of the national attendance codes of 2024";
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    @SignedIn
    public List<AttendanceFigures> figures(UUID childId, LocalDate from, LocalDate to, RejoinUser user) {
        return figures(marks(childId, from, to, user));
    }

    @Override
    @SignedIn
    public List<AttendanceFigures> figures(List<MarkEntry> marks) {
        var names = new HashMap<UUID, String>();
        marks.stream().map(MarkEntry::establishmentId).distinct()
                .forEach(id -> names.put(id, organisations.find(id).map(o -> o.name()).orElse("")));
        return count(marks, names);
    }

    /** The figures at each establishment of some marks, in the order the establishments first appear; no reads. */
    static List<AttendanceFigures> count(List<MarkEntry> marks, java.util.Map<UUID, String> names) {
        var byEstablishment = new LinkedHashMap<UUID, int[]>();
        for (var m : marks) {
            byEstablishment.computeIfAbsent(m.establishmentId(), k -> new int[5])[m.code().category().ordinal()]++;
        }
        return byEstablishment.entrySet().stream()
                .map(e -> figures(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @LaStaff
    public List<PupilFigures> figuresForAll(LocalDate from, LocalDate to, RejoinUser user) {
        return periodFigures.at(null, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public List<Alert> alerts(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        return jdbc.sql("""
                select a.kind, a.establishment_id, o.name, a.episode, a.evidence, a.raised_at
                from attendance_alert a join organisation o on o.id = a.establishment_id
                where a.child_id = any(?) order by a.raised_at desc, a.episode desc""")
                .param(merges.recordsOf(childId).toArray(UUID[]::new))
                .query((rs, n) -> new Alert(org.rejoin.attendance.AlertKind.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Counts by {@link AttendanceCode.Category} ordinal as the DfE figures. */
    static AttendanceFigures figures(UUID establishmentId, String name, int[] c) {
        int present = c[AttendanceCode.Category.PRESENT.ordinal()];
        int offSite = c[AttendanceCode.Category.PRESENT_OFF_SITE.ordinal()];
        int authorised = c[AttendanceCode.Category.AUTHORISED.ordinal()];
        int unauthorised = c[AttendanceCode.Category.UNAUTHORISED.ordinal()];
        return new AttendanceFigures(establishmentId, name, present + offSite + authorised + unauthorised, present, offSite,
                authorised, unauthorised, c[AttendanceCode.Category.NOT_POSSIBLE.ordinal()]);
    }

    @Override
    public List<RegisterEntry> register(UUID establishmentId, LocalDate date, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A register is kept by the establishment itself, or LA staff");
        }
        var pupils = registrations.enrolments(List.of(establishmentId), date, date).stream()
                .map(Enrolment::childId).distinct().toList();
        var marks = new HashMap<UUID, byte[]>();
        if (!pupils.isEmpty()) {
            jdbc.sql("select child_id, marks from attendance_month where establishment_id = ? and month = ? and child_id = any(?)")
                    .params(establishmentId, date.withDayOfMonth(1), pupils.toArray(UUID[]::new))
                    .query(rs -> {
                        marks.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                    });
        }
        var result = new ArrayList<RegisterEntry>();
        for (var c : children.summaries(pupils, user)) {
            byte[] row = marks.get(c.id());
            result.add(new RegisterEntry(c.id(), c.registerName(), c.upn(),
                    row == null ? null : AttendanceCode.ofId(row[MonthMarks.offset(date, Session.AM)]),
                    row == null ? null : AttendanceCode.ofId(row[MonthMarks.offset(date, Session.PM)])));
        }
        result.sort(java.util.Comparator.comparing(RegisterEntry::name, String.CASE_INSENSITIVE_ORDER));
        audit.recordAll(user, AuditAction.ATTENDANCE_VIEWED, pupils, "Register of " + date);
        return result;
    }

    @Override
    @SignedIn
    public List<MarkEntry> marks(UUID childId, LocalDate from, LocalDate to, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        audit.record(user, AuditAction.ATTENDANCE_VIEWED, childId, from + " to " + to, List.of());
        var result = new ArrayList<MarkEntry>();
        jdbc.sql("""
                select establishment_id, month, marks from attendance_month
                where child_id = any(?) and month between ? and ? order by month, establishment_id""")
                .params(merges.recordsOf(childId).toArray(UUID[]::new), from.withDayOfMonth(1), to)
                .query(rs -> {
                    UUID establishment = rs.getObject(1, UUID.class);
                    LocalDate month = rs.getObject(2, LocalDate.class);
                    byte[] marks = rs.getBytes(3);
                    for (int i = 0; i < marks.length; i++) {
                        var code = AttendanceCode.ofId(marks[i]);
                        if (code != null) {
                            LocalDate date = month.plusDays(i / 2);
                            if (!date.isBefore(from) && !date.isAfter(to)) {
                                result.add(new MarkEntry(establishment, date, i % 2 == 0 ? Session.AM : Session.PM, code));
                            }
                        }
                    }
                });
        result.sort(java.util.Comparator.comparing(MarkEntry::date).thenComparing(MarkEntry::session));
        return result;
    }
}
