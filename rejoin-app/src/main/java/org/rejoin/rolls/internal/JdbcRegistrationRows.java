package org.rejoin.rolls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.platform.BulkCopy;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registration;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code registration} table and the transition referrals made ({@code transition_referral}): SQL and row mapping only. */
@Repository
class JdbcRegistrationRows {

    /** A registration names its school's name and URN (docs/architecture.md, sanctioned reads). */
    private static final String SELECT = """
            select r.*, o.name as establishment_name, e.urn
            from registration r join organisation o on o.id = r.establishment_id
            left join establishment e on e.organisation_id = r.establishment_id""";

    /**
     * An enrolment under the child it now belongs to, with the UPN of the record it was merged into,
     * if any (docs/architecture.md, sanctioned reads).
     */
    private static final String ENROLMENT = """
            select coalesce(c.merged_into, c.id) as child_id, coalesce(m.upn, c.upn) as upn, r.establishment_id,
                r.starts_on, r.ends_on, case when coalesce(m.date_of_birth_estimated, c.date_of_birth_estimated) then null
                    else coalesce(m.date_of_birth, c.date_of_birth) end as date_of_birth
            from registration r join child c on c.id = r.child_id left join child m on m.id = c.merged_into""";

    /**
     * On the roll on a day, or some day of a span: from the day the name was entered until the day
     * before it was deleted, since a name deleted on a day is off the roll that day (docs/rules/rolls.md).
     */
    private static final String CURRENT = " r.starts_on <= ? and (r.ends_on is null or r.ends_on > ?)";

    private final JdbcClient jdbc;
    private final BulkCopy bulk;

    JdbcRegistrationRows(JdbcClient jdbc, BulkCopy bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void insert(UUID id, NewRegistration r) {
        jdbc.sql("""
                insert into registration (id, child_id, establishment_id, enrolment_status, starts_on, ends_on,
                    deletion_ground, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, r.childId(), r.establishmentId(), String.valueOf(r.enrolmentStatus().code()), r.startsOn(),
                        r.endsOn(), r.deletionGround() == null ? null : r.deletionGround().name())
                .update();
    }

    /** Registrations of thousands of children at once, by COPY. */
    void insertAll(List<Object[]> rows) {
        bulk.copy("registration", List.of("id", "child_id", "establishment_id", "enrolment_status", "starts_on",
                "ends_on", "deletion_ground", "version"), rows);
    }

    Registration find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(JdbcRegistrationRows::registration).single();
    }

    /** Every registration of these records (a child and those merged into them), newest first. */
    List<Registration> forChildren(Collection<UUID> records) {
        return jdbc.sql(SELECT + " where r.child_id = any(?) order by r.starts_on desc, r.ends_on desc nulls first")
                .param(records.toArray(UUID[]::new)).query(JdbcRegistrationRows::registration).list();
    }

    Optional<Registration> currentAt(UUID childId, UUID establishmentId) {
        return jdbc.sql(SELECT + " where r.child_id = ? and r.establishment_id = ? and r.ends_on is null")
                .params(childId, establishmentId).query(JdbcRegistrationRows::registration).optional();
    }

    Optional<Registration> lastEndedAt(UUID childId, UUID establishmentId) {
        return jdbc.sql(SELECT + " where r.child_id = ? and r.establishment_id = ? and r.ends_on is not null"
                + " order by r.ends_on desc limit 1").params(childId, establishmentId)
                .query(JdbcRegistrationRows::registration).optional();
    }

    /**
     * The child's registrations on the roll on any day from {@code from} up to the day before {@code until}
     * (a registration's end, the day its name was deleted; school names left out).
     */
    List<Registration> overlapping(UUID childId, LocalDate from, LocalDate until) {
        return jdbc.sql("""
                select r.*, '' as establishment_name, null::integer as urn from registration r where r.child_id = ?
                and r.starts_on < ? and coalesce(r.ends_on, 'infinity'::date) > ?""")
                .params(childId, until, from).query(JdbcRegistrationRows::registration).list();
    }

    /** False when someone changed the registration meanwhile. */
    boolean end(Registration registration, LocalDate endsOn, DeletionGround ground) {
        return jdbc.sql("""
                update registration set ends_on = ?, deletion_ground = ?, version = version + 1
                where id = ? and version = ? and ends_on is null""")
                .params(endsOn, ground.name(), registration.id(), registration.version()).update() == 1;
    }

    /** The registrations current on {@code day} at these establishments. */
    List<Registration> currentAt(Collection<UUID> establishmentIds, LocalDate day) {
        return jdbc.sql(SELECT + " where r.establishment_id = any(?) and" + CURRENT)
                .params(establishmentIds.toArray(UUID[]::new), day, day).query(JdbcRegistrationRows::registration).list();
    }

    List<Enrolment> enrolments(Collection<UUID> establishmentIds, LocalDate from, LocalDate to) {
        return jdbc.sql(ENROLMENT + " where r.establishment_id = any(?) and" + CURRENT)
                .params(establishmentIds.toArray(UUID[]::new), to, from).query(JdbcRegistrationRows::enrolment).list();
    }

    List<Enrolment> enrolmentsOf(Collection<UUID> childIds, LocalDate from, LocalDate to) {
        var ids = childIds.toArray(UUID[]::new);
        // The children's own registrations and those of records merged into them, each found by its index.
        return jdbc.sql(ENROLMENT + " where r.child_id in (select unnest(?::uuid[]) union all"
                + " select id from child where merged_into = any(?)) and" + CURRENT)
                .params(ids, ids, to, from).query(JdbcRegistrationRows::enrolment).list();
    }

    List<UUID> establishmentsWithPupils(LocalDate from, LocalDate to, Collection<UUID> onlyChildren) {
        return (onlyChildren == null
                ? jdbc.sql("select distinct establishment_id from registration r where" + CURRENT).params(to, from)
                : jdbc.sql("select distinct establishment_id from registration r where" + CURRENT + " and child_id = any(?)")
                        .params(to, from, onlyChildren.toArray(UUID[]::new)))
                .query(UUID.class).list();
    }

    int rollCount(UUID establishmentId, LocalDate day) {
        return jdbc.sql("select count(distinct child_id) from registration r where establishment_id = ? and" + CURRENT)
                .params(establishmentId, day, day).query(Integer.class).single();
    }

    private static Enrolment enrolment(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class));
    }

    static Registration registration(ResultSet rs, int row) throws SQLException {
        String ground = rs.getString("deletion_ground");
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
                rs.getObject("establishment_id", UUID.class), rs.getString("establishment_name"),
                rs.getObject("urn", Integer.class), EnrolmentStatus.ofCode(rs.getString("enrolment_status").charAt(0)),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                ground == null ? null : DeletionGround.valueOf(ground), rs.getLong("version"));
    }

    /** The last registration at one of these establishments that ran on into the year before {@code yearStart}. */
    record LastRegistration(UUID establishmentId, LocalDate ended) {
    }

    /**
     * Each of these children's registration at one of these establishments current between two days, ended or not,
     * for those not registered since {@code placedFrom} at any other establishment.
     */
    Map<UUID, LastRegistration> lastRegistrationsNotSince(Collection<UUID> childIds, Collection<UUID> establishmentIds,
            LocalDate since, LocalDate before, LocalDate placedFrom) {
        var last = new HashMap<UUID, LastRegistration>();
        jdbc.sql("""
                select r.child_id, r.establishment_id, coalesce(r.ends_on, :before) as ended from registration r
                where r.child_id = any(:children) and r.establishment_id = any(:here) and r.starts_on < :before
                and (r.ends_on is null or r.ends_on > :since)
                and not exists (select 1 from registration o where o.child_id = r.child_id
                    and o.establishment_id <> all(:here) and (o.ends_on is null or o.ends_on > :placedFrom))""")
                .param("before", before).param("children", childIds.toArray(new UUID[0]))
                .param("here", establishmentIds.toArray(new UUID[0])).param("since", since).param("placedFrom", placedFrom)
                .query(rs -> {
                    last.put(rs.getObject("child_id", UUID.class), new LastRegistration(
                            rs.getObject("establishment_id", UUID.class), rs.getObject("ended", LocalDate.class)));
                });
        return last;
    }

    /** The children referred at the Year 6 to 7 transition in an academic year. */
    List<UUID> transitionReferrals(int academicYear) {
        return jdbc.sql("select child_id from transition_referral where academic_year = ?").param(academicYear)
                .query(UUID.class).list();
    }

    /** Records that a child was referred at the Year 6 to 7 transition this year; false if they already were. */
    boolean recordTransitionReferral(UUID childId, int academicYear, LocalDate on) {
        return jdbc.sql("""
                insert into transition_referral (child_id, academic_year, referred_on) values (?, ?, ?)
                on conflict do nothing""").params(childId, academicYear, on).update() > 0;
    }
}
