package org.rejoin.children.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRecord;
import org.rejoin.children.Sex;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The child aggregate: the record and its collections, saved and loaded whole. */
@Table("child")
class Child {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String legalForename;
    private String middleNames;
    private String legalSurname;
    private String preferredForename;
    private String preferredSurname;
    private LocalDate dateOfBirth;
    private boolean dateOfBirthEstimated;
    private Sex sex;
    private String upn;
    private String uln;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<FormerUpn> formerUpns = new ArrayList<>();
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<FormerName> formerNames = new ArrayList<>();
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<Address> addresses = new ArrayList<>();
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<Carer> carers = new ArrayList<>();
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<Characteristic> characteristics = new ArrayList<>();
    @MappedCollection(idColumn = "child_id", keyColumn = "position")
    private List<SearchName> searchNames = new ArrayList<>();

    Child() {
    }

    static Child create(UUID id, ChildDetails details, Instant now) {
        var child = new Child();
        child.id = id;
        child.createdAt = now;
        child.record(details, now);
        return child;
    }

    /** Replaces every recorded detail, and the search names derived from them. */
    void record(ChildDetails d, Instant now) {
        legalForename = d.legalForename();
        middleNames = d.middleNames();
        legalSurname = d.legalSurname();
        preferredForename = d.preferredForename();
        preferredSurname = d.preferredSurname();
        dateOfBirth = d.dateOfBirth();
        dateOfBirthEstimated = d.dateOfBirthEstimated();
        sex = d.sex();
        upn = d.upn();
        uln = d.uln();
        formerUpns = new ArrayList<>(d.formerUpns().stream().map(FormerUpn::new).toList());
        formerNames = new ArrayList<>(d.formerNames().stream()
                .map(n -> new FormerName(n.forename(), n.surname(), n.usedUntil())).toList());
        addresses = new ArrayList<>(d.addresses().stream().map(a -> new Address(a.line1(), a.line2(), a.town(),
                a.postcode(), a.startsOn(), a.endsOn())).toList());
        carers = new ArrayList<>(d.carers().stream().map(c -> new Carer(c.name(), c.relationship(),
                c.parentalResponsibility(), c.telephone(), c.email(), c.address())).toList());
        characteristics = new ArrayList<>(d.characteristics().stream()
                .map(c -> new Characteristic(c.type(), c.detail(), c.startsOn(), c.endsOn())).toList());
        searchNames = new ArrayList<>(SearchNames.of(d));
        updatedAt = now;
    }

    /** Sets the version the change was based on, so that saving fails if another change came first. */
    void expectVersion(long expected) {
        version = expected;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ChildDetails details() {
        return new ChildDetails(legalForename, middleNames, legalSurname, preferredForename, preferredSurname,
                dateOfBirth, dateOfBirthEstimated, sex, upn, uln,
                formerUpns.stream().map(FormerUpn::upn).toList(),
                formerNames.stream().map(n -> new ChildDetails.FormerName(n.forename, n.surname, n.usedUntil)).toList(),
                addresses.stream().map(a -> new ChildDetails.Address(a.line1, a.line2, a.town, a.postcode,
                        a.startsOn, a.endsOn)).toList(),
                carers.stream().map(c -> new ChildDetails.Carer(c.name, c.relationship, c.parentalResponsibility,
                        c.telephone, c.email, c.address)).toList(),
                characteristics.stream().map(c -> new ChildDetails.Characteristic(c.type, c.detail, c.startsOn,
                        c.endsOn)).toList());
    }

    ChildRecord toRecord() {
        return new ChildRecord(id, version(), details(), createdAt, updatedAt);
    }

    @Table("child_former_upn")
    record FormerUpn(String upn) {
    }

    @Table("child_former_name")
    record FormerName(String forename, String surname, LocalDate usedUntil) {
    }

    @Table("child_address")
    record Address(String line1, String line2, String town, String postcode, LocalDate startsOn, LocalDate endsOn) {
    }

    @Table("child_carer")
    record Carer(String name, String relationship, boolean parentalResponsibility, String telephone, String email,
            String address) {
    }

    @Table("child_characteristic")
    record Characteristic(CharacteristicType type, String detail, LocalDate startsOn, LocalDate endsOn) {
    }

    @Table("child_search_name")
    record SearchName(String forename, String surname, String forenameCode, String surnameCode) {
    }
}
