package org.rejoin.attendance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks.MarkEntry;
import org.rejoin.attendance.Session;
import org.rejoin.platform.BulkCopy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The month rows of marks ({@code attendance_month}, ADR 14), loads and their change history: SQL
 * and row mapping only. A load's runs are staged by COPY in a temporary table and laid over the
 * rows in SQL (ADR 16).
 */
@Repository
class JdbcMonthRows {

    /** Lays one round of a load's runs (a row's first run, second, ...) over the month rows held. */
    private static final String LAY_OVER = """
            update attendance_month a set marks = overlay(a.marks placing p.marks from p.start + 1)
            from attendance_patch p
            where p.round = ? and a.establishment_id = p.establishment_id and a.month = p.month
              and a.child_id = p.child_id
            """;

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    JdbcMonthRows(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** Stages a load's runs in {@code attendance_patch}, a temporary table dropped at commit. */
    void stage(List<MonthPatches.Run> runs) {
        jdbc.sql("""
                create temp table if not exists attendance_patch (establishment_id uuid, month date, child_id uuid,
                    round smallint, start smallint, marks bytea) on commit drop""").update();
        jdbc.sql("truncate attendance_patch").update();
        bulk.copy("attendance_patch", List.of("establishment_id", "month", "child_id", "round", "start", "marks"),
                runs.stream().map(MonthPatches.Run::copyRow).toList());
        jdbc.sql("analyze attendance_patch").update();
    }

    /**
     * The marks already held that the staged load changes, as change-history rows of {@code loadId}:
     * only rows with such a mark come back from the database.
     */
    List<Object[]> changes(UUID loadId) {
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
        return changes;
    }

    /**
     * Lays the staged runs over the month rows. A row not yet held is inserted with its first run; one
     * held has the run laid over it. The update does not see the rows the insert adds (one statement,
     * one snapshot), so no row is written twice.
     */
    void layOver(int rows, int rounds) {
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
        for (int round = firstRound == rows ? 1 : 0; round < rounds; round++) {
            // Later runs of a row (a load of several days); round 0 again only if another load inserted a row meanwhile.
            jdbc.sql(LAY_OVER).param(round).update();
        }
    }

    void recordChanges(List<Object[]> changes) {
        bulk.copy("attendance_mark_change", List.of("load_id", "child_id", "establishment_id", "session_date", "session",
                "old_code", "new_code"), changes);
    }

    /** Keeps a load: who sent how many marks, by which route, and how many changed. */
    void recordLoad(UUID loadId, String route, int marks, int changed, Instant at, String by) {
        jdbc.sql("insert into attendance_load (id, route, marks, changed, loaded_at, loaded_by) values (?, ?, ?, ?, ?, ?)")
                .params(loadId, route, marks, changed, Timestamp.from(at), by).update();
    }

    /** Writes whole month rows, replacing those held: COPY into a temporary table, then one upsert. */
    void replace(Map<MonthPatches.RowKey, byte[]> months) {
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

    /** The month rows of these pupils at one establishment. */
    Map<UUID, byte[]> month(UUID establishmentId, LocalDate month, Collection<UUID> pupils) {
        var marks = new HashMap<UUID, byte[]>();
        if (!pupils.isEmpty()) {
            jdbc.sql("select child_id, marks from attendance_month where establishment_id = ? and month = ? and child_id = any(?)")
                    .params(establishmentId, month, pupils.toArray(UUID[]::new))
                    .query(rs -> {
                        marks.put(rs.getObject(1, UUID.class), rs.getBytes(2));
                    });
        }
        return marks;
    }

    /** Every mark of these records (a child and those merged into them) between two days, by date and session. */
    List<MarkEntry> marks(Collection<UUID> records, LocalDate from, LocalDate to) {
        var result = new ArrayList<MarkEntry>();
        jdbc.sql("""
                select establishment_id, month, marks from attendance_month
                where child_id = any(?) and month between ? and ? order by month, establishment_id""")
                .params(records.toArray(UUID[]::new), from.withDayOfMonth(1), to)
                .query(rs -> {
                    UUID establishment = rs.getObject(1, UUID.class);
                    LocalDate month = rs.getObject(2, LocalDate.class);
                    byte[] marks = rs.getBytes(3);
                    for (int i = 0; i < marks.length; i++) {
                        var code = AttendanceCode.ofId(marks[i]);
                        LocalDate date = month.plusDays(i / 2);
                        if (code != null && !date.isBefore(from) && !date.isAfter(to)) {
                            result.add(new MarkEntry(establishment, date, i % 2 == 0 ? Session.AM : Session.PM, code));
                        }
                    }
                });
        result.sort(Comparator.comparing(MarkEntry::date).thenComparing(MarkEntry::session));
        return result;
    }

    /** Month rows by child and establishment, then by month, of some children or all, in the period. */
    Map<String, Map<LocalDate, byte[]>> rowsOf(Collection<UUID> only, LocalDate from, LocalDate to) {
        var marks = new HashMap<String, Map<LocalDate, byte[]>>();
        var sql = "select child_id, establishment_id, month, marks from attendance_month where month between ? and ?"
                + (only == null ? "" : " and child_id = any(?)");
        var query = jdbc.sql(sql).param(from.withDayOfMonth(1)).param(to);
        if (only != null) {
            query = query.param(only.toArray(UUID[]::new));
        }
        query.query(rs -> {
            marks.computeIfAbsent(rs.getString(1) + rs.getString(2), k -> new HashMap<>())
                    .put(rs.getObject(3, LocalDate.class), rs.getBytes(4));
        });
        return marks;
    }

    /** One month row as it streams past, with the child's date of birth. */
    interface RowVisitor {
        void visit(UUID establishmentId, LocalDate month, UUID childId, LocalDate dateOfBirth, byte[] marks);
    }

    /**
     * Streams the month rows of the period at one establishment, or at every one when it is null, each
     * with the child's date of birth, null when only estimated (docs/architecture.md, sanctioned reads).
     */
    void forEachRow(UUID establishmentId, LocalDate from, LocalDate to, RowVisitor visitor) {
        var query = jdbc.sql("""
                select a.establishment_id, a.month, a.child_id,
                    case when c.date_of_birth_estimated then null else c.date_of_birth end, a.marks
                from attendance_month a join child c on c.id = a.child_id where a.month between ? and ?"""
                + (establishmentId == null ? "" : " and a.establishment_id = ?"))
                .param(from.withDayOfMonth(1)).param(to);
        if (establishmentId != null) {
            query = query.param(establishmentId);
        }
        query.query(rs -> {
            visitor.visit(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class),
                    rs.getObject(4, LocalDate.class), rs.getBytes(5));
        });
    }
}
