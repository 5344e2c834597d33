package org.rejoin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.demo.DemoEstablishments.School;
import org.rejoin.rolls.RollReturns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This term's movements, sent through the rolls service as schools send them: pupils who left for another
 * school in the LA (most already joined it, some not yet), for another LA, abroad, and for nobody knows where
 * (referred to the CME team by the return itself); the older leavers' Common Transfer Files not yet sent, so
 * they show as overdue. And a few children entered a second time by hand, with a slip in the name and no UPN,
 * confirmed as new by the person typing: they wait in the match review queue. Seeded, as the rest of the demo.
 */
final class DemoMovements {

    private static final Logger log = LoggerFactory.getLogger(DemoMovements.class);

    private final RollReturns returns;
    private final ChildRegister register;

    DemoMovements(RollReturns returns, ChildRegister register) {
        this.returns = returns;
        this.register = register;
    }

    /** A pupil on a roll in the LA who may leave: their index, school and the day they joined it. */
    private record OnRoll(int child, School school, LocalDate since) {
    }

    /**
     * @param mainstream the LA's open mainstream primary and secondary schools, whose pupils move
     * @param idByUrn each school's id
     */
    void load(List<ChildDetails> children, List<DemoPopulation.PlannedRegistration> registrations, List<UUID> ids,
            List<School> mainstream, Map<Integer, UUID> idByUrn, SchoolDays days, LocalDate today, RejoinUser system) {
        var year = AcademicYear.of(today);
        var byUrn = new HashMap<Integer, School>();
        mainstream.forEach(s -> byUrn.put(s.urn(), s));
        var candidates = new ArrayList<OnRoll>();
        for (var r : registrations) {
            int group = year.yearGroup(children.get(r.child()).dateOfBirth());
            if (r.endsOn() == null && r.status() == EnrolmentStatus.SINGLE && byUrn.containsKey(r.urn())
                    && group >= 1 && group <= 10) {
                candidates.add(new OnRoll(r.child(), byUrn.get(r.urn()), r.startsOn()));
            }
        }
        var moved = new HashSet<Integer>();
        int leavers = Math.max(10, Math.min(60, children.size() / 1500));
        int recorded = 0;
        for (int n = 0; n < leavers && !candidates.isEmpty(); n++) {
            var pupil = candidates.get((int) ((long) (n + 1) * 104_729 % candidates.size()));
            // Spread over the last 30 school days: those more than 15 school days ago have a CTF overdue.
            LocalDate leftOn = days.add(today, -(1 + n * 30 / leavers));
            if (!leftOn.isAfter(pupil.since()) || !moved.add(pupil.child())) {
                continue;
            }
            UUID child = ids.get(pupil.child());
            UUID school = idByUrn.get(pupil.school().urn());
            switch (n % 5) {
                case 0, 1 -> {
                    // To another school of the same phase; the first of each five has joined it, the second not yet.
                    var same = mainstream.stream().filter(s -> s.primary() == pupil.school().primary()
                            && s.urn() != pupil.school().urn()).toList();
                    UUID next = idByUrn.get(same.get(n % same.size()).urn());
                    returns.deletion(leaving(school, child, leftOn, DeletionGround.REGISTERED_AT_ANOTHER_SCHOOL,
                            Destination.SCHOOL_IN_LA, next, null), system);
                    if (n % 5 == 0) {
                        returns.joiner(new NewJoiner(next, children.get(pupil.child()), EnrolmentStatus.SINGLE,
                                days.add(leftOn, 1)), system);
                    }
                }
                case 2 -> returns.deletion(leaving(school, child, leftOn, DeletionGround.NO_LONGER_LIVES_NEARBY,
                        Destination.OTHER_LA, null, DemoEstablishments.NEIGHBOUR_LA_NAME), system);
                case 3 -> returns.deletion(leaving(school, child, leftOn, DeletionGround.NO_LONGER_LIVES_NEARBY,
                        Destination.ABROAD, null, "Poland"), system);
                default -> returns.deletion(leaving(school, child, leftOn, DeletionGround.NO_LONGER_LIVES_NEARBY,
                        Destination.UNKNOWN, null, null), system);
            }
            recorded++;
        }
        int typedTwice = typedAgain(children, Math.max(3, Math.min(20, children.size() / 3000)), system);
        log.info("Demo movements: {} leavers this term, {} children typed in twice for the match review queue", recorded,
                typedTwice);
    }

    private static NewDeletion leaving(UUID school, UUID child, LocalDate leftOn, DeletionGround ground,
            Destination destination, UUID destinationSchool, String detail) {
        return new NewDeletion(school, child, leftOn, ground, destination, destinationSchool, detail, null, null, null,
                null, null, null, null, null);
    }

    /**
     * Children entered again by hand, as from a phone call: the forename's last two letters swapped, the birthday's
     * day and month swapped (or a day out), no UPN and no address. The engine is unsure of these, as it should be.
     */
    private int typedAgain(List<ChildDetails> children, int count, RejoinUser system) {
        int made = 0;
        for (int n = 0; n < count; n++) {
            var c = children.get((int) ((long) (n + 1) * 15_485_863 % children.size()));
            String name = c.legalForename();
            if (name.length() < 4) {
                continue;
            }
            String slip = name.substring(0, name.length() - 2) + name.charAt(name.length() - 1) + name.charAt(name.length() - 2);
            var born = c.dateOfBirth();
            var misheard = born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
                    ? born.withMonth(born.getDayOfMonth()).withDayOfMonth(born.getMonthValue()) : born.plusDays(1);
            var again = ChildDetails.reported(slip, null, c.legalSurname(), misheard, false, c.sex(), null, null);
            // Only where the engine is unsure: a certain match would be the same record, never a second one.
            var found = register.possibleDuplicates(again, system);
            if (!found.isEmpty() && found.stream().noneMatch(PossibleDuplicate::isMatch)) {
                register.create(again, true, system);
                made++;
            }
        }
        return made;
    }
}
