package org.rejoin.organisations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.audit.AuditActor;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.ResultPage.PageRequest;

/** Reads and keeps the organisations Rejoin knows: the LA, establishments and agencies. */
public interface Organisations {

    /** The local authority running this instance of Rejoin; empty only before set-up. */
    Optional<Organisation> localAuthority();

    Optional<Organisation> find(UUID id);

    /** The names of these organisations, by id, in one query: for lists that name who did something. */
    Map<UUID, String> names(Collection<UUID> ids);

    Optional<Establishment> establishment(UUID id);

    Optional<Establishment> establishmentByUrn(int urn);

    ResultPage<Establishment> searchEstablishments(EstablishmentSearch search, PageRequest page);

    /** Every establishment the search finds, by name, unpaged: for work across them all, not for a page. */
    List<Establishment> allEstablishments(EstablishmentSearch search);

    /** The LA's own open establishments (its LA code), by name: the schools a choice offers. */
    default List<Establishment> openEstablishmentsInLocalAuthority() {
        String laCode = localAuthority().map(Organisation::laCode).orElse("");
        return allEstablishments(new EstablishmentSearch(null, null, true)).stream()
                .filter(e -> laCode.equals(e.laCode())).toList();
    }

    List<Organisation> agencies();

    /** Every organisation a user could belong to, by name, for choosing one. */
    List<Organisation> all();

    Organisation createLocalAuthority(String laCode, String name);

    /**
     * Adds an agency, or another LA (which needs its LA code); audited.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each field that breaks a rule
     */
    Organisation createAgency(NewAgency agency, AuditActor by);
}
