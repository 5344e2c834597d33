package org.rejoin.organisations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.LaAdminOrRejoin;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The local authority, its establishments and its partner agencies; an agency added is audited. */
@Service
@Transactional(readOnly = true)
class OrganisationService implements Organisations {

    private final JdbcOrganisationRows rows;
    private final AuditLog audit;

    OrganisationService(JdbcOrganisationRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    public Optional<Organisation> localAuthority() {
        return rows.localAuthority();
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return rows.find(id);
    }

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        return rows.names(ids);
    }

    @Override
    public Optional<Establishment> establishment(UUID id) {
        return rows.establishment(id);
    }

    @Override
    public Optional<Establishment> establishmentByUrn(int urn) {
        return rows.establishmentByUrn(urn);
    }

    @Override
    public ResultPage<Establishment> searchEstablishments(EstablishmentSearch search, PageRequest page) {
        return rows.searchEstablishments(search, page);
    }

    @Override
    public List<Establishment> allEstablishments(EstablishmentSearch search) {
        return rows.allEstablishments(search);
    }

    @Override
    public List<Organisation> agencies() {
        return rows.ofKind(OrganisationKind.AGENCY);
    }

    @Override
    public List<Organisation> all() {
        return rows.all();
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public Organisation createLocalAuthority(String laCode, String name) {
        var la = new Organisation(UUID.randomUUID(), OrganisationKind.LOCAL_AUTHORITY, name, laCode, null, null, null);
        rows.insert(la);
        return la;
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public Organisation createAgency(NewAgency a, AuditActor by) {
        var agency = AgencyCheck.checked(a);
        rows.insert(agency);
        audit.record(by, AuditAction.AGENCY_ADDED, null, agency.name() + " (" + agency.agencyType() + ")", List.of());
        return agency;
    }
}
