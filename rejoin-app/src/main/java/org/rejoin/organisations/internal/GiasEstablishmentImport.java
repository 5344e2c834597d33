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
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.ImportReport;
import org.rejoin.organisations.ImportReport.RowReject;
import org.rejoin.platform.LaAdminOrRejoin;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GiasEstablishmentImport implements EstablishmentImport {

    private final JdbcOrganisationRows rows;
    private final AuditLog audit;

    GiasEstablishmentImport(JdbcOrganisationRows rows, AuditLog audit) {
        this.rows = rows;
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
        Map<Integer, Establishment> existing = rows.allEstablishments(EstablishmentSearch.all()).stream()
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
        rows.insertEstablishments(added);
        rows.updateEstablishments(updated);
        var report = new ImportReport(added.size(), updated.size(), valid.size() - added.size() - updated.size(),
                rejects);
        audit.record(by, AuditAction.ESTABLISHMENTS_IMPORTED, null, fileName + ": " + report.added() + " added, "
                + report.updated() + " updated, " + report.unchanged() + " unchanged, " + rejects.size() + " rejected",
                List.of());
        return report;
    }

    private static Establishment withId(Establishment e, UUID id) {
        return new Establishment(id, e.urn(), e.laCode(), e.establishmentNumber(), e.name(), e.typeCode(),
                e.typeName(), e.phaseCode(), e.phaseName(), e.statusCode(), e.statusName(), e.statutoryLowAge(),
                e.statutoryHighAge(), e.street(), e.locality(), e.address3(), e.town(), e.county(), e.postcode(),
                e.openedOn(), e.closedOn());
    }
}
