package org.rejoin.organisations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentImport;
import org.rejoin.organisations.ImportReport;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.platform.LaAdminOrRejoin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GiasEstablishmentImport implements EstablishmentImport {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final AuditLog audit;

    GiasEstablishmentImport(JdbcClient jdbc, JdbcTemplate template, AuditLog audit) {
        this.jdbc = jdbc;
        this.template = template;
        this.audit = audit;
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public ImportReport importGias(InputStream csv, String fileName, AuditActor by) throws IOException {
        var valid = new ArrayList<GiasCsv.Row>();
        var rejects = new ArrayList<RowReject>();
        try {
            GiasCsv.read(csv.readAllBytes(), valid::add, rejects::add);
        }
        catch (GiasCsv.InvalidFileException e) {
            return new ImportReport(0, 0, 0, List.of(new RowReject(1, e.getMessage())));
        }
        Map<Integer, Establishment> existing = jdbc.sql("select " + JdbcOrganisations.ESTABLISHMENT_COLUMNS
                        + " from establishment e join organisation o on o.id = e.organisation_id")
                .query(JdbcOrganisations::establishment).list().stream()
                .collect(Collectors.toMap(Establishment::urn, Function.identity()));
        var added = new ArrayList<Establishment>();
        var updated = new ArrayList<Establishment>();
        for (var row : valid) {
            var stored = existing.get(row.establishment().urn());
            if (stored == null) {
                added.add(withId(row.establishment(), UUID.randomUUID()));
            }
            else {
                var incoming = withId(row.establishment(), stored.id());
                if (!incoming.equals(stored)) {
                    updated.add(incoming);
                }
            }
        }
        insert(added);
        update(updated);
        var report = new ImportReport(added.size(), updated.size(), valid.size() - added.size() - updated.size(),
                rejects);
        audit.record(by, AuditAction.ESTABLISHMENTS_IMPORTED, null, fileName + ": " + report.added() + " added, "
                + report.updated() + " updated, " + report.unchanged() + " unchanged, " + rejects.size() + " rejected",
                List.of());
        return report;
    }

    private void insert(List<Establishment> establishments) {
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

    private void update(List<Establishment> establishments) {
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

    private static void setEstablishment(java.sql.PreparedStatement ps, Establishment e) throws java.sql.SQLException {
        Object[] values = {e.urn(), e.laCode(), e.establishmentNumber(), e.typeCode(), e.typeName(), e.phaseCode(),
                e.phaseName(), e.statusCode(), e.statusName(), e.statutoryLowAge(), e.statutoryHighAge(), e.street(),
                e.locality(), e.address3(), e.town(), e.county(), e.postcode(), e.openedOn(), e.closedOn(), e.id()};
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    private static Establishment withId(Establishment e, UUID id) {
        return new Establishment(id, e.urn(), e.laCode(), e.establishmentNumber(), e.name(), e.typeCode(),
                e.typeName(), e.phaseCode(), e.phaseName(), e.statusCode(), e.statusName(), e.statutoryLowAge(),
                e.statutoryHighAge(), e.street(), e.locality(), e.address3(), e.town(), e.county(), e.postcode(),
                e.openedOn(), e.closedOn());
    }
}
