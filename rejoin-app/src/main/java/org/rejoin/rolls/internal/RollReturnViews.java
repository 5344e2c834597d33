package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.NotFoundException;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.CrossLaNotices;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.DeletionRecord;
import org.rejoin.rolls.Movements;
import org.rejoin.rolls.RollFigures;
import org.rejoin.rolls.RollReturn;

import org.springframework.stereotype.Component;

/**
 * Returns as the pages see them: each with its child's name (from the register, read as Rejoin:
 * the children are the school's own pupils), the LA's movements and a school's roll figures.
 */
@Component
class RollReturnViews {

    private final JdbcRollReturnRows rows;
    private final RegistrationService registrations;
    private final ChildRegister children;
    private final SchoolCalendar calendar;
    private final TransitionCheck transitions;
    private final List<CrossLaNotices> notices;
    private final CommonTransferFiles ctfs;
    private final RejoinActor actor;
    private final Clock clock;

    RollReturnViews(JdbcRollReturnRows rows, RegistrationService registrations, ChildRegister children,
            SchoolCalendar calendar, TransitionCheck transitions, List<CrossLaNotices> notices, CommonTransferFiles ctfs,
            RejoinActor actor, Clock clock) {
        this.rows = rows;
        this.registrations = registrations;
        this.children = children;
        this.calendar = calendar;
        this.transitions = transitions;
        this.notices = notices;
        this.ctfs = ctfs;
        this.actor = actor;
        this.clock = clock;
    }

    RollReturn find(UUID id) {
        return named(List.of(rows.find(id).orElseThrow(() -> new NotFoundException("No return " + id)))).get(0);
    }

    List<RollReturn> forEstablishment(UUID establishmentId) {
        return named(rows.forEstablishment(establishmentId));
    }

    /** Leavers to follow up, notices to and from other LAs, late returns, unplaced Year 7s and overdue CTFs. */
    Movements movements(RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        var unknown = named(rows.leftForUnknownDestinations());
        var awaiting = named(rows.awaitingTheirNewSchool());
        var sent = rows.crossLaNotices(200);
        var names = childNames(sent.stream().map(JdbcRollReturnRows.CrossLaSent::childId).toList());
        var crossLa = new ArrayList<Movements.CrossLa>();
        sent.forEach(n -> crossLa.add(new Movements.CrossLa(n.childId(), names.getOrDefault(n.childId(), ""),
                n.direction(), n.otherLa(), n.notifiedOn(), null)));
        notices.forEach(n -> crossLa.addAll(n.received(user)));
        crossLa.sort(Comparator.comparing(Movements.CrossLa::notifiedOn).reversed());
        long late = rows.lateJoinersSince(AcademicYear.of(today).firstDay());
        return new Movements(named(rows.pendingLa()), leavers(unknown, today), leavers(awaiting, today), crossLa, late,
                transitions.stillUnplaced(today), ctfs.awaiting(null, user).stream().filter(CtfExport.Due::overdue).toList());
    }

    /** Leavers, with the school days since leaving and whether a roll has them again (one query for all). */
    private List<Movements.Leaver> leavers(List<RollReturn> returns, LocalDate today) {
        var registered = rows.registrationsOf(returns.stream().map(RollReturn::childId).distinct().toList());
        return returns.stream().map(r -> {
            Integer since;
            try {
                // In the school days of the school the child left.
                since = calendar.forEstablishment(r.establishmentId()).countBetween(r.effectiveOn(), today);
            }
            catch (CalendarNotDefinedException e) {
                since = null;
            }
            boolean reconciled = registered.getOrDefault(r.childId(), List.of()).stream()
                    .anyMatch(g -> !g.registrationId().equals(r.registrationId()) && !g.startsOn().isBefore(r.effectiveOn()));
            return new Movements.Leaver(r.childId(), r.childName(), r.establishmentName(), r.effectiveOn(), r.ground(),
                    r.destinationName(), since, reconciled);
        }).toList();
    }

    /** A school's roll at a glance: pupils, joiners and leavers this term, late returns, its last snapshot, CTFs due. */
    RollFigures figures(UUID establishmentId, RejoinUser user) {
        LocalDate today = LocalDate.now(clock);
        LocalDate termStart = calendar.termStart(establishmentId, today).orElse(null);
        // Counted in the database: the returns themselves (and their children's names) are not needed here.
        var counts = rows.counts(establishmentId, termStart);
        var snapshot = rows.latestSnapshot(establishmentId);
        return new RollFigures(registrations.rollCount(establishmentId), termStart, counts[0], counts[1], counts[2],
                snapshot.map(s -> LocalDate.ofInstant(s.uploadedAt(), clock.getZone())).orElse(null),
                snapshot.map(JdbcRollReturnRows.LatestSnapshot::missing).orElse(0L), ctfs.awaiting(establishmentId, user));
    }

    private List<RollReturn> named(List<RollReturn> found) {
        var names = childNames(found.stream().map(RollReturn::childId).distinct().toList());
        return found.stream().map(r -> r.named(names.getOrDefault(r.childId(), ""))).toList();
    }

    DeletionRecord named(DeletionRecord d) {
        return new DeletionRecord(named(List.of(d.rollReturn())).get(0), d.proposedOn(), d.schoolEnquiries(),
                d.schoolEnquiriesOn(),
                d.absentFrom(), d.leaveFrom(), d.leaveTo(), d.marksVerified(), d.evidence(), d.laEnquiries(),
                d.laRecordedBy(), d.laRecordedAt());
    }

    private Map<UUID, String> childNames(Collection<UUID> childIds) {
        var names = new HashMap<UUID, String>();
        actor.act(rejoin -> children.summaries(childIds, rejoin)).forEach(c -> names.put(c.id(), c.displayName()));
        return names;
    }
}
