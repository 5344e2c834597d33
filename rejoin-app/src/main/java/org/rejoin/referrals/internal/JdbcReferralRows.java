package org.rejoin.referrals.internal;

import static org.rejoin.platform.Text.trimmed;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.rejoin.children.Sex;
import org.rejoin.children.Upn;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.Concern;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.IntakeCounts;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.referrals.IntakeFilter;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.SafeguardingStatus;
import org.rejoin.referrals.TriageDecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code referral} table: SQL and row mapping only. */
@Repository
class JdbcReferralRows {

    /** The referrer's organisation is named by the service, through the organisations module. */
    private static final String SELECT = "select r.* from referral r";

    /** Who received a referral, when and how, for its row. */
    record Receipt(UUID id, String reference, LocalDate receivedOn, Instant receivedAt, ReferralRoute route,
            Intake.Referrer referrer, UUID organisationId, UUID userId) {
    }

    private final JdbcClient jdbc;

    JdbcReferralRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.sql("select nextval('referral_number')").query(Long.class).single();
    }

    void insert(Receipt at, NewReferral r) {
        jdbc.sql("""
                insert into referral (id, reference, received_on, received_at, route, source, referrer_organisation,
                    referrer_user, referrer_name, referrer_contact, forename, middle_names, surname, date_of_birth,
                    approximate_age, sex, upn, address, postcode, reason, details, risk_indicators,
                    safeguarding_statuses, safeguarding_concern, escalated)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(at.id(), at.reference(), at.receivedOn(), Timestamp.from(at.receivedAt()), at.route().name(),
                        at.referrer().source().name(), at.organisationId(), at.userId(), at.referrer().name(),
                        trimmed(r.referrerContact()), trimmed(r.forename()), trimmed(r.middleNames()),
                        trimmed(r.surname()), r.dateOfBirth(), r.approximateAge(), r.sex() == null ? null : r.sex().name(),
                        r.upn() == null || r.upn().isBlank() ? null : Upn.normalise(r.upn()), trimmed(r.address()),
                        trimmed(r.postcode()), r.reason().name(), trimmed(r.details()), names(r.riskIndicators()),
                        names(r.safeguardingStatuses()), r.safeguardingConcern(), false)
                .update();
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcReferralRows::referral).optional();
    }

    /** The child's oldest referral still waiting for a decision. */
    Optional<Referral> waitingFor(UUID childId) {
        return jdbc.sql(SELECT + " where r.child_id = ? and r.decision is null order by r.received_at limit 1")
                .param(childId).query(JdbcReferralRows::referral).optional();
    }

    /** What the intake filter asks of a waiting referral, with its parameters. */
    private static final String WAITING = """
             where r.decision is null
            and (cast(? as text) is null or r.reference ilike '%' || ? || '%'
                or (coalesce(r.forename, '') || ' ' || coalesce(r.surname, '')) ilike '%' || ? || '%'
                or r.upn like upper(?) || '%' or r.referrer_name ilike '%' || ? || '%')
            and (cast(? as text) is null or r.route = ?)
            and (cast(? as boolean) is null or r.escalated = ?)
            and (cast(? as int) is null or coalesce(cast(? as int) - (extract(year from r.date_of_birth)::int
                - case when extract(month from r.date_of_birth) >= 9 then 0 else 1 end) - 5,
                r.approximate_age - 5) between ? and ?)""";

    /** The filter's parameters; year groups are reckoned in the school year holding {@code today}. */
    private static Object[] waitingParams(IntakeFilter f, LocalDate today) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().trim();
        String route = f.route() == null ? null : f.route().name();
        Integer from = f.age() == null ? null : f.age().from();
        Integer to = f.age() == null ? null : f.age().to();
        return new Object[] {text, text, text, text, text, route, route, f.escalated(), f.escalated(), from,
                AcademicYear.of(today).startYear(), from, to};
    }

    /** Referrals waiting for a decision that the filter admits, escalated first, then oldest first. */
    List<Referral> waiting(IntakeFilter filter, LocalDate today, int limit, long offset) {
        return jdbc.sql(SELECT + WAITING + " order by r.escalated desc, r.received_at limit ? offset ?")
                .params(waitingParams(filter, today)).param(limit).param(offset).query(JdbcReferralRows::referral).list();
    }

    long waitingCount(IntakeFilter filter, LocalDate today) {
        return jdbc.sql("select count(*) from referral r" + WAITING).params(waitingParams(filter, today)).query(Long.class)
                .single();
    }

    /** Referrals waiting for a decision, counted by route and whether escalated. */
    IntakeCounts waitingCounts() {
        var byRoute = new java.util.EnumMap<ReferralRoute, Long>(ReferralRoute.class);
        long[] totals = new long[2];
        jdbc.sql("select route, escalated, count(*) from referral where decision is null group by route, escalated")
                .query(rs -> {
                    long n = rs.getLong(3);
                    byRoute.merge(ReferralRoute.valueOf(rs.getString(1)), n, Long::sum);
                    totals[0] += n;
                    if (rs.getBoolean(2)) {
                        totals[1] += n;
                    }
                });
        return new IntakeCounts(totals[0], totals[1], byRoute);
    }

    List<Referral> madeBy(UUID organisationId) {
        return jdbc.sql(SELECT + " where r.referrer_organisation = ? order by r.received_at desc limit 200")
                .param(organisationId).query(JdbcReferralRows::referral).list();
    }

    List<Referral> fromSource(ReferralSource source) {
        return jdbc.sql(SELECT + " where r.source = ? order by r.received_at desc limit 200").param(source.name())
                .query(JdbcReferralRows::referral).list();
    }

    List<Referral> forChild(UUID childId) {
        return jdbc.sql(SELECT + " where r.child_id = ? order by r.received_at desc").param(childId)
                .query(JdbcReferralRows::referral).list();
    }

    /** Links the child, whatever the referral's version: Rejoin raising it. */
    boolean link(UUID id, UUID childId) {
        return jdbc.sql("update referral set child_id = ?, version = version + 1 where id = ?").params(childId, id)
                .update() == 1;
    }

    /** Links the child; false when someone else changed the referral first. */
    boolean link(UUID id, UUID childId, long version) {
        return jdbc.sql("update referral set child_id = ?, version = version + 1 where id = ? and version = ?")
                .params(childId, id, version).update() == 1;
    }

    void appendDetails(UUID id, String line) {
        jdbc.sql("""
                update referral set details = case when details is null then ? else details || chr(10) || ? end,
                    version = version + 1 where id = ?""")
                .params(line, line, id).update();
    }

    void markEscalated(UUID id) {
        jdbc.sql("update referral set escalated = true where id = ?").param(id).update();
    }

    /** False when someone else changed the referral first. */
    boolean decide(UUID id, long version, ReferralFile.Decided d, Instant at, String by) {
        return jdbc.sql("""
                update referral set decision = ?, decision_reason = ?, other_la = ?, transferred_on = ?, decided_at = ?,
                    decided_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.decision().name(), d.reason(), d.otherLa(), d.transferredOn(), Timestamp.from(at), by, id,
                        version)
                .update() == 1;
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
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        String decision = rs.getString("decision");
        String sex = rs.getString("sex");
        Object age = rs.getObject("approximate_age");
        var referrer = new Referral.Referrer(ReferralSource.valueOf(rs.getString("source")),
                rs.getObject("referrer_organisation", UUID.class), null, rs.getString("referrer_name"),
                rs.getString("referrer_contact"));
        var child = new ChildAsReferred(rs.getString("forename"), rs.getString("middle_names"), rs.getString("surname"),
                rs.getObject("date_of_birth", LocalDate.class), age == null ? null : ((Number) age).intValue(),
                sex == null ? null : Sex.valueOf(sex), rs.getString("upn"), rs.getString("address"),
                rs.getString("postcode"));
        var concern = new Concern(ReferralReason.valueOf(rs.getString("reason")), rs.getString("details"),
                enums(rs.getArray("risk_indicators"), RiskIndicator.class),
                enums(rs.getArray("safeguarding_statuses"), SafeguardingStatus.class), rs.getBoolean("safeguarding_concern"));
        var decided = new Referral.Decision(decision == null ? null : TriageDecision.valueOf(decision),
                rs.getString("decision_reason"), rs.getString("other_la"), rs.getObject("transferred_on", LocalDate.class),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decided_by"));
        return new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("received_on", LocalDate.class), rs.getTimestamp("received_at").toInstant(),
                ReferralRoute.valueOf(rs.getString("route")), referrer, child, concern, rs.getBoolean("escalated"),
                rs.getObject("child_id", UUID.class), decided, rs.getLong("version"));
    }
}
