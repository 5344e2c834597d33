package org.rejoin.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditLog;
import org.rejoin.children.ChildBulkLoad;
import org.rejoin.children.ChildDetails;
import org.rejoin.platform.BulkCopy;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.RejoinItself;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CopyChildBulkLoad implements ChildBulkLoad {

    private final BulkCopy bulk;
    private final AuditLog audit;
    private final Clock clock;

    CopyChildBulkLoad(BulkCopy bulk, AuditLog audit, Clock clock) {
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    @RejoinItself
    public List<UUID> load(List<ChildDetails> children, RejoinUser by) {
        var today = LocalDate.now(clock);
        String now = clock.instant().toString();
        var ids = new ArrayList<UUID>(children.size());
        var tables = new Tables();
        for (int n = 0; n < children.size(); n++) {
            var d = Normalised.of(children.get(n));
            var errors = ChildDetailsRules.check(d, today);
            if (!errors.isEmpty()) {
                int index = n;
                throw new InvalidInputException(errors.stream()
                        .map(e -> new FieldError("children[" + index + "]." + e.field(), e.message())).toList());
            }
            var id = UUID.randomUUID();
            ids.add(id);
            tables.add(id, d, now);
        }
        tables.copy(bulk);
        audit.recordAll(by, AuditAction.CHILD_CREATED, ids, "bulk load");
        return ids;
    }

    @Override
    @Transactional
    @RejoinItself
    public void connectAll(List<Connection> connections) {
        bulk.copy("child_connection", List.of("id", "child_id", "organisation_id", "source", "starts_on", "ends_on"),
                connections.stream().map(c -> new Object[] {c.sourceId(), c.childId(), c.organisationId(),
                        c.source().name(), c.startsOn(), c.endsOn()}).toList());
    }

    /** The rows of the register's tables for many children, written by COPY, one table at a time. */
    private static final class Tables {

        private final List<Object[]> child = new ArrayList<>();
        private final List<Object[]> formerUpns = new ArrayList<>();
        private final List<Object[]> formerNames = new ArrayList<>();
        private final List<Object[]> addresses = new ArrayList<>();
        private final List<Object[]> carers = new ArrayList<>();
        private final List<Object[]> characteristics = new ArrayList<>();
        private final List<Object[]> searchNames = new ArrayList<>();

        void add(UUID id, ChildDetails d, String now) {
            child.add(new Object[] {id, d.legalForename(), d.middleNames(), d.legalSurname(), d.preferredForename(),
                    d.preferredSurname(), d.dateOfBirth(), d.dateOfBirthEstimated(), d.sex().name(), d.upn(), d.uln(),
                    now, now, 0});
            for (int i = 0; i < d.formerUpns().size(); i++) {
                formerUpns.add(new Object[] {id, i, d.formerUpns().get(i)});
            }
            for (int i = 0; i < d.formerNames().size(); i++) {
                var f = d.formerNames().get(i);
                formerNames.add(new Object[] {id, i, f.forename(), f.surname(), f.usedUntil()});
            }
            for (int i = 0; i < d.addresses().size(); i++) {
                var a = d.addresses().get(i);
                addresses.add(new Object[] {id, i, a.line1(), a.line2(), a.town(), a.postcode(), a.startsOn(), a.endsOn()});
            }
            for (int i = 0; i < d.carers().size(); i++) {
                var c = d.carers().get(i);
                carers.add(new Object[] {id, i, c.name(), c.relationship(), c.parentalResponsibility(), c.telephone(),
                        c.email(), c.address()});
            }
            for (int i = 0; i < d.characteristics().size(); i++) {
                var c = d.characteristics().get(i);
                characteristics.add(new Object[] {id, i, c.type().name(), c.detail(), c.startsOn(), c.endsOn()});
            }
            var names = SearchNames.of(d);
            for (int i = 0; i < names.size(); i++) {
                var s = names.get(i);
                searchNames.add(new Object[] {id, i, s.forename(), s.surname(), s.forenameCode(), s.surnameCode()});
            }
        }

        void copy(BulkCopy bulk) {
            bulk.copy("child", List.of("id", "legal_forename", "middle_names", "legal_surname", "preferred_forename",
                    "preferred_surname", "date_of_birth", "date_of_birth_estimated", "sex", "upn", "uln", "created_at",
                    "updated_at", "version"), child);
            bulk.copy("child_former_upn", List.of("child_id", "position", "upn"), formerUpns);
            bulk.copy("child_former_name", List.of("child_id", "position", "forename", "surname", "used_until"), formerNames);
            bulk.copy("child_address", List.of("child_id", "position", "line1", "line2", "town", "postcode", "starts_on",
                    "ends_on"), addresses);
            bulk.copy("child_carer", List.of("child_id", "position", "name", "relationship", "parental_responsibility",
                    "telephone", "email", "address"), carers);
            bulk.copy("child_characteristic", List.of("child_id", "position", "type", "detail", "starts_on", "ends_on"),
                    characteristics);
            bulk.copy("child_search_name", List.of("child_id", "position", "forename", "surname", "forename_code",
                    "surname_code"), searchNames);
        }
    }
}
