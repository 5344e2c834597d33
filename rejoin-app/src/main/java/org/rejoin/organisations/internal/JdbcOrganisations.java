package org.rejoin.organisations.internal;

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

import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdminOrRejoin;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

@Service
@Transactional(readOnly = true)
class JdbcOrganisations implements Organisations {

    static final String ESTABLISHMENT_COLUMNS = """
            e.organisation_id, e.urn, e.la_code, e.establishment_number, o.name, e.type_code, e.type_name,
            e.phase_code, e.phase_name, e.status_code, e.status_name, e.statutory_low_age, e.statutory_high_age,
            e.street, e.locality, e.address3, e.town, e.county, e.postcode, e.opened_on, e.closed_on""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcOrganisations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<Organisation> localAuthority() {
        return jdbc.sql("select * from organisation where kind = 'LOCAL_AUTHORITY'")
                .query(JdbcOrganisations::organisation).optional();
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return jdbc.sql("select * from organisation where id = ?").param(id)
                .query(JdbcOrganisations::organisation).optional();
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from organisation where id = any(?)").param(ids.toArray(UUID[]::new))
                    .query(rs -> {
                        names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                    });
        }
        return names;
    }

    @Override
    public Optional<Establishment> establishment(UUID id) {
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS
                        + " from establishment e join organisation o on o.id = e.organisation_id where e.organisation_id = ?")
                .param(id).query(JdbcOrganisations::establishment).optional();
    }

    @Override
    public Optional<Establishment> establishmentByUrn(int urn) {
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS
                        + " from establishment e join organisation o on o.id = e.organisation_id where e.urn = ?")
                .param(urn).query(JdbcOrganisations::establishment).optional();
    }

    @Override
    public ResultPage<Establishment> searchEstablishments(EstablishmentSearch search, PageRequest page) {
        var params = new ArrayList<Object>();
        String from = from(search, params);
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        var items = jdbc.sql("select " + ESTABLISHMENT_COLUMNS + from + " order by o.name, e.urn limit ? offset ?")
                .params(params).param(page.size()).param(page.offset())
                .query(JdbcOrganisations::establishment).list();
        return page.of(items, total);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Establishment> allEstablishments(EstablishmentSearch search) {
        var params = new ArrayList<Object>();
        String from = from(search, params);
        return jdbc.sql("select " + ESTABLISHMENT_COLUMNS + from + " order by o.name, e.urn").params(params)
                .query(JdbcOrganisations::establishment).list();
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
        return " from establishment e join organisation o on o.id = e.organisation_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    @Override
    public List<Organisation> agencies() {
        return jdbc.sql("select * from organisation where kind = 'AGENCY' order by name")
                .query(JdbcOrganisations::organisation).list();
    }

    @Override
    public List<Organisation> all() {
        return jdbc.sql("select * from organisation order by kind, name")
                .query(JdbcOrganisations::organisation).list();
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public Organisation createLocalAuthority(String laCode, String name) {
        var la = new Organisation(UUID.randomUUID(), OrganisationKind.LOCAL_AUTHORITY, name, laCode, null, null, null);
        insert(la);
        return la;
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public Organisation createAgency(NewAgency a, AuditActor by) {
        var errors = new ArrayList<FieldError>();
        if (!StringUtils.hasText(a.name()) || a.name().trim().length() > 200) {
            errors.add(new FieldError("name", "Enter the agency's name, 200 characters or fewer"));
        }
        AgencyType type = null;
        try {
            type = StringUtils.hasText(a.agencyType()) ? AgencyType.valueOf(a.agencyType()) : null;
        }
        catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null) {
            errors.add(new FieldError("agencyType", "Select the kind of agency"));
        }
        String laCode = StringUtils.hasText(a.laCode()) ? a.laCode().trim() : null;
        if (type == AgencyType.OTHER_LA && (laCode == null || !laCode.matches("\\d{3}"))) {
            errors.add(new FieldError("laCode", "Enter the other LA's 3-digit LA code"));
        }
        else if (laCode != null && !laCode.matches("\\d{3}")) {
            errors.add(new FieldError("laCode", "LA code must be 3 digits"));
        }
        if (StringUtils.hasText(a.email()) && !a.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.org"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var agency = new Organisation(UUID.randomUUID(), OrganisationKind.AGENCY, a.name().trim(), laCode, type,
                StringUtils.hasText(a.email()) ? a.email().trim() : null,
                StringUtils.hasText(a.telephone()) ? a.telephone().trim() : null);
        insert(agency);
        audit.record(by, AuditAction.AGENCY_ADDED, null, agency.name() + " (" + type + ")", List.of());
        return agency;
    }

    private void insert(Organisation o) {
        jdbc.sql("""
                insert into organisation (id, kind, name, la_code, agency_type, email, telephone)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), o.kind().name(), o.name(), o.laCode(),
                        o.agencyType() == null ? null : o.agencyType().name(), o.email(), o.telephone())
                .update();
    }

    static Organisation organisation(ResultSet rs, int row) throws SQLException {
        String agencyType = rs.getString("agency_type");
        return new Organisation(rs.getObject("id", UUID.class), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("la_code"), agencyType == null ? null : AgencyType.valueOf(agencyType),
                rs.getString("email"), rs.getString("telephone"));
    }

    static Establishment establishment(ResultSet rs, int row) throws SQLException {
        return new Establishment(rs.getObject("organisation_id", UUID.class), rs.getInt("urn"), rs.getString("la_code"),
                rs.getString("establishment_number"), rs.getString("name"), rs.getInt("type_code"),
                rs.getString("type_name"), rs.getObject("phase_code", Integer.class), rs.getString("phase_name"),
                rs.getInt("status_code"), rs.getString("status_name"), rs.getObject("statutory_low_age", Integer.class),
                rs.getObject("statutory_high_age", Integer.class), rs.getString("street"), rs.getString("locality"),
                rs.getString("address3"), rs.getString("town"), rs.getString("county"), rs.getString("postcode"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class));
    }
}
