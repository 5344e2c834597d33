package org.rejoin.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.IntegrationTest;
import org.rejoin.TestClock;
import org.rejoin.TestUsers;
import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditEntry;
import org.rejoin.audit.FieldChange;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ChildRegisterTests {

    @Autowired
    ChildRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    private ChildRecord create(ChildDetails details) {
        return users.as("cme.officer", () -> register.create(details, true, users.user("cme.officer")));
    }

    @Test
    void createdChildIsReadBackWithEveryDetailAndTheCreationAndViewAreAudited() {
        var details = new ChildDetails(" Zoë ", "Grace", "Okonkwo-Hart", "Zo", null, LocalDate.of(2014, 3, 27), true,
                Sex.FEMALE, "b801200005001", "9276308686", List.of("H801200001001"),
                List.of(new ChildDetails.FormerName("Zoe", "Hart", LocalDate.of(2020, 1, 1))),
                List.of(new ChildDetails.Address("12 Canal Side", null, "Kingsbridge", "kb12ab", LocalDate.of(2019, 5, 1), null)),
                List.of(new ChildDetails.Carer("Ada Okonkwo", "Mother", true, "07700 900123", "ada@example.com", null)),
                List.of(new ChildDetails.Characteristic(CharacteristicType.LOOKED_AFTER, "Kingsbridge Borough Council",
                        LocalDate.of(2024, 1, 1), null)));
        var created = create(details);

        var read = users.as("cme.officer", () -> register.view(created.id(), users.user("cme.officer")));
        assertThat(read.details().legalForename()).isEqualTo("Zoë");
        assertThat(read.details().upn()).isEqualTo("B801200005001");
        assertThat(read.details().addresses().get(0).postcode()).isEqualTo("KB1 2AB");
        assertThat(read.details().carers()).hasSize(1);
        assertThat(read.details().characteristics().get(0).type()).isEqualTo(CharacteristicType.LOOKED_AFTER);

        List<AuditEntry> trail = users.as("manager", () -> register.auditTrail(created.id(), users.user("manager")));
        assertThat(trail).extracting(AuditEntry::action).containsSubsequence(AuditAction.CHILD_AUDIT_VIEWED,
                AuditAction.CHILD_VIEWED, AuditAction.CHILD_CREATED);
        var creation = trail.stream().filter(e -> e.action() == AuditAction.CHILD_CREATED).findFirst().orElseThrow();
        assertThat(creation.actorUsername()).isEqualTo("cme.officer");
        assertThat(creation.actorOrganisationName()).isEqualTo("Kingsbridge Borough Council");
        assertThat(creation.changes()).contains(new FieldChange("upn", null, "B801200005001"));
    }

    @Test
    void aChangeRecordsEachFieldBeforeAndAfter() {
        var created = create(TestUsers.child("Amira", "Haddad", LocalDate.of(2013, 6, 2), null));
        var changed = new ChildDetails("Amira", null, "Haddad-Smith", null, null, LocalDate.of(2013, 2, 6), false,
                Sex.FEMALE, null, null, List.of(), List.of(), created.details().addresses(), List.of(), List.of());
        var updated = users.as("key.worker", () -> register.update(created.id(), created.version(), changed,
                users.user("key.worker")));

        assertThat(updated.version()).isGreaterThan(created.version());
        var change = jdbc.sql("select changes::text from audit_event where child_id = ? and action = 'CHILD_UPDATED'")
                .param(created.id()).query(String.class).single();
        assertThat(change).contains("\"field\": \"legalSurname\"", "\"before\": \"Haddad\"", "\"after\": \"Haddad-Smith\"")
                .contains("\"field\": \"dateOfBirth\"", "2013-06-02", "2013-02-06");
    }

    @Test
    void twoPeopleEditingTheSameVersionCannotOverwriteEachOther() {
        var created = create(TestUsers.child("Layla", "Mansour", LocalDate.of(2012, 9, 9), null));
        var first = withSurname(created, "Mansour-Aziz");
        var second = withSurname(created, "Mansoor");
        users.as("cme.officer", () -> register.update(created.id(), created.version(), first, users.user("cme.officer")));

        assertThatThrownBy(() -> users.as("key.worker",
                () -> register.update(created.id(), created.version(), second, users.user("key.worker"))))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageStartingWith("Someone else changed this child's record while you were editing it");
        var now = users.as("cme.officer", () -> register.view(created.id(), users.user("cme.officer")));
        assertThat(now.details().legalSurname()).isEqualTo("Mansour-Aziz");
    }

    private static ChildDetails withSurname(ChildRecord record, String surname) {
        var d = record.details();
        return new ChildDetails(d.legalForename(), d.middleNames(), surname, d.preferredForename(),
                d.preferredSurname(), d.dateOfBirth(), d.dateOfBirthEstimated(), d.sex(), d.upn(), d.uln(),
                d.formerUpns(), d.formerNames(), d.addresses(), d.carers(), d.characteristics());
    }

    @Test
    void badDetailsAreRefusedNamingEachFieldAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from child").query(Long.class).single();
        var bad = new ChildDetails("", null, "Smith", null, null, TestClock.TODAY.plusDays(1), false, null,
                "A801200005001", "9276308687", List.of(), List.of(),
                List.of(new ChildDetails.Address("", null, null, "NOT A POSTCODE", LocalDate.of(2020, 1, 2),
                        LocalDate.of(2020, 1, 1))), List.of(), List.of());

        assertThatThrownBy(() -> create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(
                        "legalForename", "dateOfBirth", "sex", "upn", "uln", "addresses[0].line1",
                        "addresses[0].postcode", "addresses[0].endsOn"));
        assertThat(jdbc.sql("select count(*) from child").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void creatingAChildWhoMayAlreadyBeThereWarnsFirst() {
        var existing = create(TestUsers.child("Kathryn", "Threlfall", LocalDate.of(2015, 4, 11), "R201100018042"));
        var sameUpn = TestUsers.child("Katie", "Jones", LocalDate.of(2016, 1, 1), "R201100018042");
        var similarName = TestUsers.child("Katheryn", "Threlfal", LocalDate.of(2015, 4, 11), null);
        var swappedDate = TestUsers.child("Kathryn", "Threlfall", LocalDate.of(2015, 11, 4), null);

        for (var candidate : List.of(sameUpn, similarName, swappedDate)) {
            assertThatThrownBy(() -> users.as("cme.officer",
                    () -> register.create(candidate, false, users.user("cme.officer"))))
                    .isInstanceOfSatisfying(PossibleDuplicatesException.class, e -> assertThat(e.duplicates())
                            .extracting(d -> d.child().id()).contains(existing.id()));
        }
        // A spelling within Jaro-Winkler 0.92 at the same address is this child: never created again.
        assertThatThrownBy(() -> users.as("cme.officer", () -> register.create(similarName, true, users.user("cme.officer"))))
                .isInstanceOfSatisfying(PossibleDuplicatesException.class,
                        e -> assertThat(e.duplicates().get(0).isMatch()).isTrue());
        // A different forename at that address may be a twin: a person decides, after the user confirms.
        var twin = TestUsers.child("Harriet", "Threlfall", LocalDate.of(2015, 4, 11), null);
        var confirmed = users.as("cme.officer", () -> register.create(twin, true, users.user("cme.officer")));
        assertThat(confirmed.id()).isNotEqualTo(existing.id());
    }

    @Test
    void searchFindsMisspeltSoundAlikeAndFormerNames() {
        var kathryn = create(TestUsers.child("Kathryn", "Pickersgill", LocalDate.of(2014, 8, 30), null));
        var details = TestUsers.child("Maisie", "Entwhistle", LocalDate.of(2013, 1, 15), null);
        var renamed = create(new ChildDetails("Maisie", null, "Entwhistle", null, null, details.dateOfBirth(), false,
                Sex.FEMALE, null, null, List.of(), List.of(new ChildDetails.FormerName("Maisie", "Quarmby", null)),
                details.addresses(), List.of(), List.of()));

        assertThat(search("Katheryn Pickersgil")).contains(kathryn.id());
        assertThat(search("pickersgill")).contains(kathryn.id());
        assertThat(search("Maisy Entwistle")).contains(renamed.id());
        assertThat(search("Maisie Quarmby")).contains(renamed.id());
        var doubleBarrelled = create(TestUsers.child("Ruby", "Ashcombe-Threlkeld", LocalDate.of(2016, 2, 2), null));
        assertThat(search("Ashcombe-Threlkeld")).as("a double-barrelled surname typed alone").contains(doubleBarrelled.id());
        assertThat(users.as("admin", () -> register.search(new ChildSearch(null, LocalDate.of(2014, 8, 30), null, null),
                ResultPage.request(1, 100), users.user("admin"))).items()).extracting(ChildSummary::id).contains(kathryn.id());
    }

    @Test
    void searchFindsAChildByTheStartOfAUpnOrAPostcode() {
        String upn = org.rejoin.linkage.UpnCheckLetter.complete("997700123456");
        var child = create(TestUsers.child("Demelza", "Penhaligon", LocalDate.of(2015, 3, 3), upn));
        var admin = users.user("admin");
        assertThat(users.as("admin", () -> register.search(new ChildSearch(null, null, upn.substring(0, 8), null),
                ResultPage.request(1, 100), admin)).items()).as("the start of the UPN").extracting(ChildSummary::id)
                .contains(child.id());
        assertThat(users.as("admin", () -> register.search(new ChildSearch(null, null, upn, null),
                ResultPage.request(1, 100), admin)).items()).extracting(ChildSummary::id).containsExactly(child.id());
        assertThat(users.as("admin", () -> register.search(new ChildSearch("Penhaligon", null, null, "kb1"),
                ResultPage.request(1, 100), admin)).items()).as("the outward code, in any case").extracting(ChildSummary::id)
                .contains(child.id());
    }

    private List<UUID> search(String name) {
        return users.as("admin", () -> register.search(new ChildSearch(name, null, null, null), ResultPage.request(1, 25),
                users.user("admin"))).items().stream().map(ChildSummary::id).toList();
    }
}
