package org.rejoin.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.NewUser;
import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.access.UserAccounts;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.EducationHours;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildBulkLoad;
import org.rejoin.children.ChildRegister;
import org.rejoin.cme.CmeCases;
import org.rejoin.demo.DemoEstablishments.School;
import org.rejoin.organisations.EstablishmentImport;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.Organisations;
import org.rejoin.referrals.Referrals;
import org.rejoin.rolls.NewRegistration;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollReturns;
import org.rejoin.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo LA on start-up when the database has no local authority yet, through each
 * module's own public API (the GIAS import, the calendar, user accounts, bulk loads), in one
 * transaction: a failed load leaves nothing behind. It runs before the web server opens, so
 * the first page anyone sees already has the demo in it.
 */
@Component
class DemoLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** The demo users, one or more for each role: username, name, role, establishment URN or agency. */
    static final List<String[]> USERS = List.of(
            new String[] {"admin", "Alex Admin", "LA_ADMIN", "LA"},
            new String[] {"manager", "Morgan Manager", "LA_MANAGER", "LA"},
            new String[] {"cme.officer", "Casey Officer", "CME_OFFICER", "LA"},
            new String[] {"key.worker", "Kim Worker", "KEY_WORKER", "LA"},
            new String[] {"school", "Sam Head (Abbey Primary)", "SCHOOL_USER", "990001"},
            new String[] {"secondary", "Jo Lead (Kingsbridge Academy)", "SCHOOL_USER", "990045"},
            new String[] {"provider", "Pat Tutor (Kingsbridge PRU)", "PROVIDER_USER", "990059"},
            new String[] {"agency", "Robin Officer (Police)", "AGENCY_USER", "POLICE"});

    private final DemoProperties properties;
    private final Environment environment;
    private final Organisations organisations;
    private final EstablishmentImport establishmentImport;
    private final SchoolCalendar calendar;
    private final UserAccounts accounts;
    private final ChildBulkLoad children;
    private final Registrations registrations;
    private final TransactionTemplate transactions;
    private final Referrals referrals;
    private final CmeCases cases;
    private final Tasks tasks;
    private final AttendanceMarks attendance;
    private final EducationHours hours;
    private final RollReturns returns;
    private final ChildRegister register;
    private final Clock clock;

    DemoLoader(DemoProperties properties, Environment environment, Organisations organisations,
            EstablishmentImport establishmentImport, SchoolCalendar calendar, UserAccounts accounts,
            ChildBulkLoad children, Registrations registrations, TransactionTemplate transactions, Referrals referrals,
            CmeCases cases, Tasks tasks, AttendanceMarks attendance, EducationHours hours, RollReturns returns,
            ChildRegister register, Clock clock) {
        this.tasks = tasks;
        this.returns = returns;
        this.register = register;
        this.attendance = attendance;
        this.hours = hours;
        this.referrals = referrals;
        this.cases = cases;
        this.properties = properties;
        this.environment = environment;
        this.organisations = organisations;
        this.establishmentImport = establishmentImport;
        this.calendar = calendar;
        this.accounts = accounts;
        this.children = children;
        this.registrations = registrations;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean enabled() {
        if (properties.enabled() != null) {
            return properties.enabled();
        }
        return environment.getProperty("spring.datasource.url", "").isEmpty();
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled() || organisations.localAuthority().isPresent()) {
            return;
        }
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> load(properties.children()));
        log.info("Loaded the demo local authority with {} children in {} ms", properties.children(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads the demo LA with the given number of children; the caller owns the transaction. */
    void load(int size) {
        var bootstrap = RejoinUser.system(null, null);
        var la = SystemAuthentication.run(bootstrap,
                () -> organisations.createLocalAuthority(DemoEstablishments.LA_CODE, DemoEstablishments.LA_NAME));
        var system = RejoinUser.system(la.id(), la.name());
        SystemAuthentication.run(system, () -> {
            loadAll(size, la, system);
            return null;
        });
    }

    private void loadAll(int size, Organisation la, RejoinUser system) {
        LocalDate today = LocalDate.now(clock);
        var schools = DemoEstablishments.all(size);
        var idByUrn = establishments(schools, system);
        var agencies = agencies(system);
        calendar(schools, idByUrn, today, system);
        for (String[] u : USERS) {
            UUID organisation = switch (u[3]) {
                case "LA" -> la.id();
                case "POLICE" -> agencies.get("POLICE").id();
                default -> idByUrn.get(Integer.parseInt(u[3]));
            };
            accounts.create(new NewUser(u[0], u[1], u[0] + "@kingsbridge.example", organisation,
                    EnumSet.of(Role.valueOf(u[2])), properties.password()), system);
        }
        var population = new DemoPopulation(size, today, schools);
        var ids = children.load(population.children, system);
        registrations.loadAll(population.registrations.stream()
                .map(r -> new NewRegistration(ids.get(r.child()), idByUrn.get(r.urn()), r.status(), r.startsOn(),
                        r.endsOn(), r.ground()))
                .toList(), system);
        var staff = accounts.localAuthorityStaff().stream()
                .filter(u -> u.roles().contains(Role.CME_OFFICER) || u.roles().contains(Role.KEY_WORKER)).toList();
        new DemoCasework(referrals, cases, tasks).load(population.children, ids, Math.max(20, Math.min(80, size / 400)), staff,
                today, system);
        if (properties.attendance()) {
            attendance(schools, idByUrn, population, ids, today, system);
        }
        var mainstream = schools.stream().filter(s -> s.inLa() && s.open() && (s.primary() || s.secondary())
                && !Set.of(7, 10, 14, 38, 42, 44).contains(s.typeCode())).toList();
        new DemoMovements(returns, register).load(population.children, population.registrations, ids, mainstream, idByUrn,
                calendar.forLocalAuthority(), today, system);
    }

    /** The demo schools, imported as a GIAS file is: each one's id by URN. */
    private Map<Integer, UUID> establishments(List<School> schools, RejoinUser system) {
        try {
            var report = establishmentImport.importGias(
                    new ByteArrayInputStream(DemoEstablishments.giasCsv(schools)), "demo edubasealldata.csv", system);
            if (!report.rejects().isEmpty()) {
                throw new IllegalStateException("The demo GIAS file has rejects: " + report.rejects());
            }
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<Integer, UUID> idByUrn = new HashMap<>();
        schools.forEach(s -> idByUrn.put(s.urn(), organisations.establishmentByUrn(s.urn()).orElseThrow().id()));
        return idByUrn;
    }

    private Map<String, Organisation> agencies(RejoinUser system) {
        var agencies = new HashMap<String, Organisation>();
        for (var agency : List.of(
                new NewAgency("Kingsbridge Police Safeguarding Hub", "POLICE", null, "safeguarding@police.example", "01632 960001"),
                new NewAgency("Kingsbridge Community Health NHS Trust", "HEALTH", null, "school.nursing@nhs.example", "01632 960002"),
                new NewAgency("Kingsbridge Housing Options", "HOUSING", null, "housing@kingsbridge.example", "01632 960003"),
                new NewAgency("Kingsbridge Children's Social Care", "SOCIAL_CARE", null, "mash@kingsbridge.example", "01632 960004"),
                new NewAgency("Kingsbridge Youth Justice Service", "YOUTH_JUSTICE", null, "yjs@kingsbridge.example", "01632 960005"),
                new NewAgency(DemoEstablishments.NEIGHBOUR_LA_NAME + " CME Team", "OTHER_LA",
                        DemoEstablishments.NEIGHBOUR_LA_CODE, "cme@eastmoor.example", "01632 960006"))) {
            agencies.put(agency.agencyType(), organisations.createAgency(agency, system));
        }
        return agencies;
    }

    /** Term dates from 2020/21 to 2031/32, and two INSET days this year at each open school in the LA. */
    private void calendar(List<School> schools, Map<Integer, UUID> idByUrn, LocalDate today, RejoinUser system) {
        for (var year = new AcademicYear(2020); year.compareTo(new AcademicYear(2031)) <= 0; year = year.next()) {
            calendar.setTermDates(year, DemoTermDates.of(year), system);
        }
        var thisYear = AcademicYear.of(today);
        var terms = DemoTermDates.of(thisYear);
        for (School s : schools) {
            if (s.inLa() && s.open()) {
                calendar.setInsetDays(idByUrn.get(s.urn()), thisYear,
                        List.of(terms.get(1).startsOn(), terms.get(3).startsOn().plusDays(s.urn() % 3)), system);
            }
        }
    }

    private void attendance(List<School> schools, Map<Integer, UUID> idByUrn, DemoPopulation population, List<UUID> ids,
            LocalDate today, RejoinUser system) {
        var inLa = new HashMap<Integer, UUID>();
        var alternative = new HashMap<Integer, Boolean>();
        schools.stream().filter(School::inLa).forEach(s -> {
            inLa.put(s.urn(), idByUrn.get(s.urn()));
            alternative.put(s.urn(), organisations.establishment(idByUrn.get(s.urn())).orElseThrow().isAlternativeProvision());
        });
        new DemoAttendance(attendance, hours, calendar).load(population.children, population.registrations, ids, inLa, alternative, 990045, today,
                system);
    }
}
