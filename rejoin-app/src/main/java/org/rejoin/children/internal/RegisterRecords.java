package org.rejoin.children.internal;

import java.util.List;
import java.util.UUID;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.Sex;
import org.rejoin.linkage.Models;
import org.rejoin.linkage.Nicknames;
import org.rejoin.linkage.PersonRecord;
import org.rejoin.linkage.Scorer;
import org.rejoin.linkage.Standardiser;
import org.rejoin.linkage.StandardRecord;

import org.springframework.stereotype.Component;

/**
 * The register as the matching engine sees it: one standardised record per name a child goes by
 * (legal, preferred, former), each tagged with the child it belongs to ({@link JdbcEngineRows}).
 * Holds the service's one engine: the shipped model and the standardiser, whose phonetic codes are
 * cached across every match and scan.
 */
@Component
class RegisterRecords {

    /** An engine record and the child it is evidence about. */
    record Tagged(UUID childId, StandardRecord record) {
    }

    private final JdbcEngineRows rows;
    private final Standardiser standardiser = new Standardiser(Nicknames.standard());
    private final Scorer scorer = new Scorer(Models.standard());

    RegisterRecords(JdbcEngineRows rows) {
        this.rows = rows;
    }

    Scorer scorer() {
        return scorer;
    }

    /** The child being recorded, as the engine compares it. */
    StandardRecord probe(ChildDetails d) {
        var address = d.addresses().stream().filter(a -> a.endsOn() == null).findFirst()
                .or(() -> d.addresses().stream().findFirst());
        return standardiser.standardise(new PersonRecord("new", d.legalForename(), d.middleNames(), d.legalSurname(),
                d.dateOfBirth(), sex(d.sex() == null ? null : d.sex().name()), d.upn(),
                address.map(ChildDetails.Address::postcode).orElse(null)));
    }

    /** Every record in the register, for a scan. */
    List<Tagged> all() {
        return rows.all(this::tagged);
    }

    /**
     * The records that share a kind of blocking key with the child described: a superset of what
     * the engine's blocking will pair with it.
     */
    List<Tagged> sharingKeysWith(ChildDetails d) {
        return rows.sharingKeysWith(d, this::tagged);
    }

    private Tagged tagged(UUID childId, PersonRecord record) {
        return new Tagged(childId, standardiser.standardise(record));
    }

    /** The register's sex as the engine's: F, M, or unknown. */
    static Character sex(String sex) {
        return Sex.FEMALE.name().equals(sex) ? Character.valueOf('F')
                : Sex.MALE.name().equals(sex) ? Character.valueOf('M') : null;
    }
}
