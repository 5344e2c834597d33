package org.rejoin.organisations.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/** Organisations and the establishments among them: SQL and row mapping only. */
@Repository
class JdbcOrganisationRows {

    private static final String ESTABLISHMENT_COLUMNS = """
            e.organisation_id, e.urn, e.la_code, e.establishment_number, o.name, e.type_code, e.type_name,
            e.phase_code, e.phase_name, e.status_code, e.status_name, e.statutory_low_age, e.statutory_high_age,
            e.street, e.locality, e.address3, e.town, e.county, e.postcode, e.opened_on, e.closed_on""";
    private static final String ESTABLISHMENTS = " from establishment e join organisation o on o.id = e.organisation_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcOrganisationRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Organisation> localAuthority() {
        return jdbc.sql("select * from organisation where kind = 'LOCAL_AUTHORITY'")
                .query(JdbcOrganisationRows::organisation).optional();
    }

    Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = ?").param(id)
                .query(JdbcOrganisationRows::organisation).optional();
    }

    Map<UUID, String> names(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organisation where id = any(?)").param(ids.toArray(UUID[]::new))
                    .query(rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return names;
    }

    List<Organisation> ofKind(OrganisationKind kind) {
        return jdbc.sql("select * from organisation where kind = ? order by name").param(kind.name())
                .query(JdbcOrganisationRows::organisation).list();
    }

    List<Organisation> all() {
        return jdbc.sql("select * from organisation order by kind, name")
                .query(JdbcOrganisationRows::organisation).list();
    }

    void insert(Organisation o) {
        jdbc.sql("""
                insert into organisation (id, kind, name, la_code, agency_type, email, telephone)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), o.kind().name(), o.name(), o.laCode(),
                        o.agencyType() == null ? null : o.agencyType().name(), o.email(), o.telephone())
                .update();
    }

    Optional<Establishment> establishment(UUID id) {
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS + ESTABLISHMENTS + " where e.organisation_id = ?")
                .param(id).query(JdbcOrganisationRows::establishment).optional();
    }

    Optional<Establishment> establishmentByUrn(int urn) {
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS + ESTABLISHMENTS + " where e.urn = ?")
                .param(urn).query(JdbcOrganisationRows::establishment).optional();
    }

    /** One page of the establishments a search finds, by name, with how many it finds in all. */
    ResultPage<Establishment> searchEstablishments(EstablishmentSearch search, PageRequest page) {
        var params = new ArrayList<Object>();
        String from = from(search, params);
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        var items = jdbc.sql("select " + ESTABLISHMENT_COLUMNS + from + " order by o.name, e.urn limit ? offset ?")
                .params(params).param(page.size()).param(page.offset())
                .query(JdbcOrganisationRows::establishment).list();
        return page.of(items, total);
    }

    /** Every establishment a search finds, by name. */
    List<Establishment> allEstablishments(EstablishmentSearch search) {
        var params = new ArrayList<Object>();
        String from = from(search, params);
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS + from + " order by o.name, e.urn").params(params)
                .query(JdbcOrganisationRows::establishment).list();
    }

    /** The from and where of an establishment search, its parameters added to {@code params}. */
    private static String from(EstablishmentSearch search, List<Object> params) {
        var where = new ArrayList<String>();
        if (StringUtils.hasText(search.text())) {
            String text = search.text().trim();
            where.add("""
                    (o.name ilike ? or cast(e.urn as text) = ? or e.la_code || e.establishment_number = ?
                     or replace(upper(e.postcode), ' ', '') = replace(upper(?), ' ', ''))""");
            params.add("%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.add(text);
            params.add(text.replace("/", ""));
            params.add(text);
        }
        if (search.group() != null) {
            where.add(switch (search.group()) {
                case ALTERNATIVE_PROVISION -> "e.type_code in (14, 38, 42, 43)";
                case INDEPENDENT -> "e.type_code in (10, 11)";
                case STATE_FUNDED_SCHOOL -> "e.type_code not in (14, 38, 42, 43, 10, 11)";
            });
        }
        if (search.openOnly()) {
            where.add("e.status_code in (1, 3)");
        }
        return ESTABLISHMENTS + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    /** Adds establishments from a GIAS file, in batches. */
    void insertEstablishments(List<Establishment> establishments) {
        template.batchUpdate("insert into organisation (id, kind, name, la_code) values (?, 'ESTABLISHMENT', ?, ?)",
                establishments, 500, (ps, e) -> {
                    ps.setObject(1, e.id());
                    ps.setString(2, e.name());
                    ps.setString(3, e.laCode());
                });
        template.batchUpdate("""
                insert into establishment (urn, la_code, establishment_number, type_code, type_name, phase_code,
                    phase_name, status_code, status_name, statutory_low_age, statutory_high_age, street, locality,
                    address3, town, county, postcode, opened_on, closed_on, organisation_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                establishments, 500, (ps, e) -> setEstablishment(ps, e));
    }

    /** Changes establishments to a GIAS file's values, in batches. */
    void updateEstablishments(List<Establishment> establishments) {
        template.batchUpdate("update organisation set name = ?, la_code = ?, version = version + 1 where id = ?",
                establishments, 500, (ps, e) -> {
                    ps.setString(1, e.name());
                    ps.setString(2, e.laCode());
                    ps.setObject(3, e.id());
                });
        template.batchUpdate("""
                update establishment set urn = ?, la_code = ?, establishment_number = ?, type_code = ?, type_name = ?,
                    phase_code = ?, phase_name = ?, status_code = ?, status_name = ?, statutory_low_age = ?,
                    statutory_high_age = ?, street = ?, locality = ?, address3 = ?, town = ?, county = ?, postcode = ?,
                    opened_on = ?, closed_on = ?
                where organisation_id = ?""",
                establishments, 500, (ps, e) -> setEstablishment(ps, e));
    }

    private static void setEstablishment(PreparedStatement ps, Establishment e) throws SQLException {
        Object[] values = {e.urn(), e.laCode(), e.establishmentNumber(), e.typeCode(), e.typeName(), e.phaseCode(),
                e.phaseName(), e.statusCode(), e.statusName(), e.statutoryLowAge(), e.statutoryHighAge(), e.street(),
                e.locality(), e.address3(), e.town(), e.county(), e.postcode(), e.openedOn(), e.closedOn(), e.id()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        String agencyType = rs.getString("agency_type");
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("la_code"), agencyType == null ? null : AgencyType.valueOf(agencyType),
                rs.getString("email"), rs.getString("telephone"));
    }

    private static Establishment establishment(ResultSet rs, int row) throws SQLException {
        return new Establishment(rs.getObject("organisation_id", UUID.class), rs.getInt("urn"), rs.getString("la_code"),
                rs.getString("establishment_number"), rs.getString("name"), rs.getInt("type_code"),
                rs.getString("type_name"), rs.getObject("phase_code", Integer.class), rs.getString("phase_name"),
                rs.getInt("status_code"), rs.getString("status_name"), rs.getObject("statutory_low_age", Integer.class),
                rs.getObject("statutory_high_age", Integer.class), rs.getString("street"), rs.getString("locality"),
                rs.getString("address3"), rs.getString("town"), rs.getString("county"), rs.getString("postcode"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
    }
}
