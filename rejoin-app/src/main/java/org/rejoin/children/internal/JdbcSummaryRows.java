package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rejoin.children.ChildSearch;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.Sex;
import org.rejoin.children.Upn;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/**
 * Children as lists show them ({@code child}, {@code child_address}, {@code child_search_name},
 * {@code child_characteristic}): tolerant name search, summaries, scope. SQL and row mapping only.
 */
@Repository
class JdbcSummaryRows {

    /** A name scores from 0 (unlike) to 1 (the same); sound-alikes score at least this. */
    private static final double PHONETIC_SCORE = 0.7;
    /** The least score a name must reach to be a result. */
    private static final double MINIMUM_SCORE = 0.35;

    private static final String SUMMARY_COLUMNS = """
            c.id, c.legal_forename, c.legal_surname, c.preferred_forename, c.date_of_birth, c.date_of_birth_estimated,
            c.sex, c.upn,
            (select a.postcode from child_address a where a.child_id = c.id and a.ends_on is null
             order by a.position limit 1) as postcode""";

    private final JdbcClient jdbc;

    JdbcSummaryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children born between two days, inclusive, by the date-of-birth index. */
    java.util.Set<UUID> bornBetween(java.time.LocalDate from, java.time.LocalDate to) {
        // A record merged into another is that other child: only the kept records count.
        return jdbc.sql("select id from child where date_of_birth between ? and ? and merged_into is null").params(from, to)
                .query(UUID.class).set();
    }

    /** Each child's characteristics current on a day. */
    java.util.Map<UUID, java.util.Set<org.rejoin.children.CharacteristicType>> currentCharacteristics(
            java.util.Collection<UUID> childIds, java.time.LocalDate on) {
        var result = new java.util.HashMap<UUID, java.util.Set<org.rejoin.children.CharacteristicType>>();
        if (childIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select child_id, type from child_characteristic where child_id = any(?)
                and (starts_on is null or starts_on <= ?) and (ends_on is null or ends_on >= ?)""")
                .params(childIds.toArray(new UUID[0]), on, on)
                .query((rs, n) -> result.computeIfAbsent(rs.getObject("child_id", UUID.class),
                        k -> java.util.EnumSet.noneOf(org.rejoin.children.CharacteristicType.class))
                        .add(org.rejoin.children.CharacteristicType.valueOf(rs.getString("type"))))
                .list();
        return result;
    }

    /**
     * Organisation scope: an SQL condition on a child's id ({@code c.id}, or another column) and its parameters, or
     * none for LA staff.
     *
     * @param organisationId null for LA staff, who see every child
     */
    record Scope(UUID organisationId, LocalDate today, LocalDate connectedSince) {

        static Scope everything() {
            return new Scope(null, null, null);
        }

        boolean limited() {
            return organisationId != null;
        }

        String condition() {
            return condition("c.id");
        }

        /** The condition on another column holding a child's id (a name row's, say). */
        String condition(String column) {
            // A record merged into this one brings its connections with it. The organisation's connections are
            // found first (by its index) and mapped to the record kept: a semi-join, never a scan of every child.
            return column + " in " + """
                    (select coalesce(m.merged_into, cc.child_id) from child_connection cc
                            join child m on m.id = cc.child_id
                            where cc.organisation_id = ? and cc.starts_on <= ? and (cc.ends_on is null or cc.ends_on >= ?))""";
        }

        List<Object> params() {
            return List.of(organisationId, today, connectedSince);
        }
    }

    boolean inScope(UUID childId, Scope scope) {
        if (!scope.limited()) {
            return jdbc.sql("select count(*) from child c where c.id = ?").param(childId).query(Integer.class)
                    .single() > 0;
        }
        // One child, as Scope.condition() decides it: their own connections unless they were merged into another
        // record, and those of records merged into them; found by the child's index, not the organisation's.
        return jdbc.sql("""
                select exists (select 1 from child_connection cc
                    where cc.child_id in (select c.id from child c where c.id = ? and c.merged_into is null union all
                                          select m.id from child m where m.merged_into = ?)
                    and cc.organisation_id = ? and cc.starts_on <= ? and (cc.ends_on is null or cc.ends_on >= ?))""")
                .params(childId, childId).params(scope.params()).query(Boolean.class).single();
    }

    ResultPage<ChildSummary> search(ChildSearch search, PageRequest page, Scope scope) {
        var where = new ArrayList<String>();
        // A merged record is found through the record it was merged into.
        where.add("c.merged_into is null");
        var params = new ArrayList<Object>();
        List<String> tokens = StringUtils.hasText(search.name())
                ? List.of(SearchNames.standardise(search.name()).split(" ")).stream().filter(t -> !t.isEmpty()).toList()
                : List.of();
        String from = "child c";
        String order = "c.legal_surname, c.legal_forename, c.date_of_birth, c.id";
        if (!tokens.isEmpty()) {
            from = "(" + scoredNames(tokens, params, scope) + ") s join child c on c.id = s.child_id";
            order = "s.score desc, " + order;
        }
        if (search.dateOfBirth() != null) {
            where.add("c.date_of_birth = ?");
            params.add(search.dateOfBirth());
        }
        if (StringUtils.hasText(search.upn())) {
            // A whole UPN is found exactly; part of one (the start an officer has) by its beginning.
            String upn = Upn.normalise(search.upn());
            String op = upn.length() >= Upn.LENGTH || !upn.matches("[A-Z0-9]+") ? " = ?" : " like ? || '%'";
            where.add("(c.upn" + op + " or exists (select 1 from child_former_upn u where u.child_id = c.id and u.upn" + op
                    + "))");
            params.add(upn);
            params.add(upn);
        }
        if (StringUtils.hasText(search.postcode())) {
            // A postcode or its start (the outward code, "KB3"), spaces and case aside.
            where.add("exists (select 1 from child_address a where a.child_id = c.id"
                    + " and replace(upper(a.postcode), ' ', '') like ? || '%')");
            params.add(search.postcode().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
        }
        if (scope.limited()) {
            where.add(scope.condition());
            params.addAll(scope.params());
        }
        String sql = "select " + SUMMARY_COLUMNS + ", count(*) over () as total from " + from
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + order + " limit ? offset ?";
        var total = new long[1];
        var items = jdbc.sql(sql).params(params).param(page.size()).param(page.offset()).query((rs, row) -> {
            total[0] = rs.getLong("total");
            return summary(rs, row);
        }).list();
        if (items.isEmpty() && page.offset() > 0) {
            total[0] = jdbc.sql("select count(*) from " + from + (where.isEmpty() ? "" : " where " + String.join(" and ", where)))
                    .params(params).query(Long.class).single();
        }
        return page.of(items, total[0]);
    }

    /**
     * The children whose names resemble the searched one, each with its best score, in one pass
     * over the indexed search names. One word may be a forename or a surname; with more, the
     * first is the forename and the rest the surname (or the last word alone), or the other way
     * round, and both must resemble; or all the words are one surname. Within a limited scope (a school's, an
     * agency's) only its own children's names are scored: a common surname matches thousands LA-wide.
     */
    private static String scoredNames(List<String> tokens, List<Object> params, Scope scope) {
        String score;
        String candidate;
        if (tokens.size() == 1) {
            String t = tokens.get(0);
            score = "greatest(" + score("n.surname", "n.surname_code") + ", " + score("n.forename", "n.forename_code") + ")";
            params.addAll(List.of(t, SearchNames.code(t), t, t, SearchNames.code(t), t));
            candidate = like("n.surname", "n.surname_code") + " or " + like("n.forename", "n.forename_code");
            params.addAll(List.of(t, SearchNames.code(t), t, SearchNames.code(t)));
        }
        else {
            String f = tokens.get(0);
            String s = String.join(" ", tokens.subList(1, tokens.size()));
            String last = tokens.get(tokens.size() - 1);
            String whole = String.join(" ", tokens);
            // Forename then surname, surname then forename, or all the words one surname (Smith-Jones).
            score = "greatest((" + score("n.forename", "n.forename_code") + " + greatest("
                    + score("n.surname", "n.surname_code") + ", " + score("n.surname", "n.surname_code") + ")) / 2, ("
                    + score("n.forename", "n.forename_code") + " + " + score("n.surname", "n.surname_code") + ") / 2, "
                    + score("n.surname", "n.surname_code") + ")";
            params.addAll(List.of(f, SearchNames.code(f), f, s, SearchNames.code(s), s, last, SearchNames.code(last), last,
                    last, SearchNames.code(last), last, f, SearchNames.code(f), f, whole, SearchNames.code(whole), whole));
            candidate = "(" + like("n.forename", "n.forename_code") + ") and (" + like("n.surname", "n.surname_code")
                    + " or " + like("n.surname", "n.surname_code") + ") or (" + like("n.forename", "n.forename_code")
                    + ") and (" + like("n.surname", "n.surname_code") + ") or " + like("n.surname", "n.surname_code");
            params.addAll(List.of(f, SearchNames.code(f), s, SearchNames.code(s), last, SearchNames.code(last), last,
                    SearchNames.code(last), f, SearchNames.code(f), whole, SearchNames.code(whole)));
        }
        String within = "";
        if (scope.limited()) {
            within = " and " + scope.condition("n.child_id");
            params.addAll(scope.params());
        }
        // The legal name (position 0) ranks just above preferred and former names that match as well.
        return "select x.child_id, max(x.score - case when x.position = 0 then 0 else 0.05 end) as score from ("
                + "select n.child_id, n.position, " + score + " as score from child_search_name n where (" + candidate
                + ")" + within + ") x group by x.child_id having max(x.score) >= " + MINIMUM_SCORE;
    }

    /**
     * How alike a stored name is to a searched one: 1 when equal, at least {@value #PHONETIC_SCORE}
     * when they sound alike, else trigram similarity. Takes three parameters: name, code, name.
     */
    private static String score(String column, String codeColumn) {
        return "(case when " + column + " = ? then 1.0 when " + codeColumn + " = ? and " + codeColumn + " <> '' then "
                + PHONETIC_SCORE + " else similarity(" + column + ", ?) end)";
    }

    /** A name resembles the searched one: trigram-similar (index-backed) or the same sound. Two parameters. */
    private static String like(String column, String codeColumn) {
        return "(" + column + " % ? or " + codeColumn + " = ?)";
    }

    /** Children with this UPN, now or formerly. */
    List<ChildSummary> withUpn(String upn) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from child c where c.upn = ?"
                        + " or exists (select 1 from child_former_upn u where u.child_id = c.id and u.upn = ?)")
                .params(upn, upn).query(JdbcSummaryRows::summary).list();
    }

    List<ChildSummary> summaries(Collection<UUID> ids, Scope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var params = new ArrayList<Object>();
        params.add(ids.toArray(new UUID[0]));
        String sql = "select " + SUMMARY_COLUMNS + " from child c where c.id = any(?)";
        if (scope.limited()) {
            sql += " and " + scope.condition();
            params.addAll(scope.params());
        }
        return jdbc.sql(sql).params(params).query(JdbcSummaryRows::summary).list();
    }

    void connect(UUID sourceId, UUID childId, UUID organisationId, String source, LocalDate startsOn,
            LocalDate endsOn) {
        jdbc.sql("""
                insert into child_connection (id, child_id, organisation_id, source, starts_on, ends_on)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set child_id = excluded.child_id, organisation_id = excluded.organisation_id,
                    source = excluded.source, starts_on = excluded.starts_on, ends_on = excluded.ends_on""")
                .params(sourceId, childId, organisationId, source, startsOn, endsOn).update();
    }

    static ChildSummary summary(ResultSet rs, int row) throws SQLException {
        return new ChildSummary(rs.getObject("id", UUID.class), rs.getString("legal_forename"),
                rs.getString("legal_surname"), rs.getString("preferred_forename"),
                rs.getObject("date_of_birth", LocalDate.class), Sex.valueOf(rs.getString("sex")), rs.getString("upn"),
                rs.getString("postcode"), rs.getBoolean("date_of_birth_estimated"));
    }
}
