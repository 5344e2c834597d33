package org.rejoin.cme.internal;

import static org.rejoin.platform.Text.blank;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.rejoin.cme.Milestone;
import org.rejoin.cme.NewMilestone;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Registration;
import org.rejoin.platform.Text;

/**
 * Where a child on a case is in education, from the registrations Rejoin holds: the last placement
 * when the case opens, and whether the place a child entered is one Rejoin can vouch for. Plain Java.
 */
final class Placements {

    private Placements() {
    }

    /**
     * Where the child was last known to be in education, and the day they left it; {@code on} is null
     * while they are still on its roll: a child on a roll is not out of provision, so no count of days
     * out of provision starts.
     */
    record LastPlacement(String name, LocalDate on) {
    }

    /**
     * The last known placement of a child identified on {@code identifiedOn}: a roll they are on that
     * day (undated), or else the last one they left by then, dated by the day the name was deleted.
     * Empty when the child had none.
     */
    static Optional<LastPlacement> lastPlacement(List<Registration> registrations, LocalDate identifiedOn) {
        var onRoll = registrations.stream().filter(r -> r.isCurrentOn(identifiedOn)).findFirst();
        if (onRoll.isPresent()) {
            return Optional.of(new LastPlacement(onRoll.get().establishmentName(), null));
        }
        return registrations.stream().filter(r -> r.endsOn() != null && !r.endsOn().isAfter(identifiedOn))
                .max(Comparator.comparing(Registration::endsOn))
                .map(r -> new LastPlacement(r.establishmentName(), r.endsOn()));
    }

    /**
     * Education Act 1996 s434: a child is a school's registered pupil when its admission register holds
     * them. So the school or provider a child entered is one whose roll Rejoin holds them on that day (a
     * new-pupil return, a roll snapshot or a Common Transfer File put them there), or, where Rejoin holds
     * none, the case records who there confirmed the place (docs/rules/cme.md). Never a name typed alone.
     *
     * @param registrations the child's registrations
     */
    static Optional<FieldError> checkPlace(NewMilestone m, List<Registration> registrations) {
        if (m.milestone() != Milestone.PROVISION_ACCESSED || blank(m.destination()) || m.occurredOn() == null) {
            return Optional.empty();
        }
        var onRoll = registrations.stream().filter(r -> r.isCurrentOn(m.occurredOn())).map(Registration::establishmentName)
                .toList();
        String place = m.destination().trim();
        if (!onRoll.isEmpty()) {
            return onRoll.stream().anyMatch(place::equalsIgnoreCase) ? Optional.empty()
                    : Optional.of(new FieldError("destination", "On " + Text.date(m.occurredOn()) + " the child is on the roll of "
                            + String.join(" and ", onRoll) + ", not " + place + ": record " + place
                            + "'s new-pupil return (or its roll or Common Transfer File) first"));
        }
        return blank(m.details()) ? Optional.of(new FieldError("details", "Rejoin holds no school's registration of the"
                + " child on " + Text.date(m.occurredOn()) + ": send " + place + "'s new-pupil return first, or say here who at "
                + place + " confirmed the place, and when")) : Optional.empty();
    }
}
