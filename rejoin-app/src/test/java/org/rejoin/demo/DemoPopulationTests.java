package org.rejoin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.Upn;
import org.rejoin.children.Uln;

/** The demo generator: deterministic, realistic and valid by Rejoin's own rules. */
class DemoPopulationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final DemoPopulation POPULATION = new DemoPopulation(5000, TODAY, DemoEstablishments.all());

    @Test
    void theSameSeedAndDateGiveTheSamePopulation() {
        var again = new DemoPopulation(5000, TODAY, DemoEstablishments.all());
        assertThat(again.children).isEqualTo(POPULATION.children);
        assertThat(again.registrations).isEqualTo(POPULATION.registrations);
    }

    @Test
    void aboutSeventyEstablishmentsOfEveryKind() {
        var schools = DemoEstablishments.all();
        assertThat(schools).hasSizeBetween(65, 75);
        assertThat(schools).extracting(DemoEstablishments.School::typeCode).contains(14, 42, 38, 10, 7);
    }

    @Test
    void everyUpnAndUlnIsValidAndSomeUpnsAreTemporary() {
        assertThat(POPULATION.children).map(ChildDetails::upn).filteredOn(u -> u != null).allMatch(Upn::isValid);
        assertThat(POPULATION.children).map(ChildDetails::uln).filteredOn(u -> u != null).allMatch(Uln::isValid);
        assertThat(POPULATION.children).filteredOn(c -> c.upn() != null && new Upn(c.upn()).isTemporary())
                .hasSizeBetween(20, 150);
        assertThat(POPULATION.children).map(ChildDetails::upn).filteredOn(u -> u != null).doesNotHaveDuplicates();
    }

    @Test
    void householdsHaveSiblingsAndTwins() {
        Map<String, Long> byAddressAndSurname = POPULATION.children.stream().collect(Collectors.groupingBy(
                c -> c.addresses().get(0).line1() + c.addresses().get(0).postcode() + c.legalSurname(), Collectors.counting()));
        assertThat(byAddressAndSurname.values().stream().filter(n -> n > 1).count()).isGreaterThan(500);
        long twins = POPULATION.children.stream().collect(Collectors.groupingBy(
                c -> c.legalSurname() + c.dateOfBirth() + c.addresses().get(0).line1(), Collectors.counting()))
                .values().stream().filter(n -> n == 2).count();
        assertThat(twins).isGreaterThan(20);
    }

    @Test
    void namesComeFromManyBackgroundsInRealisticProportions() {
        Map<String, Long> surnames = POPULATION.children.stream()
                .collect(Collectors.groupingBy(ChildDetails::legalSurname, Collectors.counting()));
        assertThat(surnames).hasSizeGreaterThan(200);
        assertThat(surnames.get("Smith")).isGreaterThan(surnames.getOrDefault("Entwistle", 0L));
        assertThat(surnames.keySet()).contains("Khan", "Nowak", "Okafor", "Begum", "Wang", "McDonagh");
    }

    @Test
    void everyChildIsOrWasRegisteredAndAgesFitTheirSchool() {
        var registered = POPULATION.registrations.stream().map(DemoPopulation.PlannedRegistration::child)
                .collect(Collectors.toSet());
        assertThat(registered).hasSize(POPULATION.children.size());
        Map<Integer, DemoEstablishments.School> byUrn = DemoEstablishments.all().stream()
                .collect(Collectors.toMap(DemoEstablishments.School::urn, Function.identity()));
        for (var r : POPULATION.registrations) {
            var school = byUrn.get(r.urn());
            int age = Period.between(POPULATION.children.get(r.child()).dateOfBirth(), r.startsOn()).getYears();
            assertThat(age).as("age at start at " + school.name()).isBetween(school.lowAge() - 1, school.highAge());
            if (r.endsOn() != null) {
                assertThat(r.ground()).isNotNull();
            }
        }
    }

    @Test
    void everyYearGroupIsAboutAsLargeAsTheNext() {
        var year = org.rejoin.calendar.AcademicYear.of(TODAY);
        var bySize = POPULATION.children.stream().collect(Collectors.groupingBy(c -> year.yearGroup(c.dateOfBirth()),
                Collectors.counting()));
        double mean = POPULATION.children.size() / 12.0;
        for (int group = 0; group <= 11; group++) {
            assertThat(bySize.getOrDefault(group, 0L)).as("Year " + group).isBetween((long) (mean * 0.8), (long) (mean * 1.2));
        }
    }

    @Test
    void aboutAQuarterAreEligibleForFreeSchoolMeals() {
        long fsm = POPULATION.children.stream().filter(c -> c.characteristics().stream()
                .anyMatch(x -> x.type() == org.rejoin.children.CharacteristicType.FREE_SCHOOL_MEALS)).count();
        assertThat(fsm / (double) POPULATION.children.size()).isBetween(0.22, 0.30);
    }

    /**
     * Over a term of 60 school days, about one pupil in five is persistently absent (10% of days or more), and more than
     * one in three of those with an EHC plan, free school meals or a social worker (DfE, Pupil absence in schools in
     * England, 2023/24).
     */
    @Test
    void persistentAbsenceHasEnglandsShape() {
        var random = new java.util.Random(7);
        double[] rates = new double[2];
        for (int group = 0; group < 2; group++) {
            int persistent = 0;
            for (int pupil = 0; pupil < 20_000; pupil++) {
                var profile = DemoAttendance.profile(random.nextDouble(), group == 1);
                int absent = 0;
                for (int day = 0; day < 60; day++) {
                    absent += random.nextDouble() < profile.absence() ? 1 : 0;
                }
                persistent += absent >= 6 ? 1 : 0;
            }
            rates[group] = persistent / 20_000.0;
        }
        double all = 0.7 * rates[0] + 0.3 * rates[1];
        assertThat(all).as("persistently absent, a population with 30% in those groups").isBetween(0.17, 0.23);
        assertThat(rates[1]).as("EHC plan, free school meals or a social worker").isBetween(0.33, 0.45);
        assertThat(rates[1]).isGreaterThan(2 * rates[0]);
    }
}
