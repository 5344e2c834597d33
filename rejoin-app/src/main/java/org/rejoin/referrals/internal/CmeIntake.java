package org.rejoin.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.calendar.CompulsorySchoolAge;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSummary;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.OpenCases;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.rolls.ChildUnaccountedFor;
import org.rejoin.rolls.LostPupilFileReceived;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The CME intake hears what the fact modules publish, in the transaction that published it (ADR
 * 12): a referral that a roll change or an attendance alert makes necessary must not be lost if
 * that change commits, nor stand if it does not. Each becomes a referral by route EVENT (or joins
 * the child's referral already waiting); a child on a waiting referral who joins a roll is told to
 * the CME team.
 */
@Component
class CmeIntake {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CmeIntake.class);

    /** The same kind as the case task a joiner opens in cme: the CME team sees one kind, whatever the subject. */
    static final String JOINED_ROLL = "CME_JOINED_ROLL";

    private final ReferralService referrals;
    private final ChildRegister children;
    private final Tasks tasks;
    private final RejoinActor actor;
    private final List<OpenCases> cases;
    private final Clock clock;

    CmeIntake(ReferralService referrals, ChildRegister children, Tasks tasks, RejoinActor actor, List<OpenCases> cases,
            Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.children = children;
        this.tasks = tasks;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * A leaver without destination, a pupil missing from a snapshot, no secondary place, a lost pupil's
     * file: of a child of compulsory school age only, as the LA's duty to find children missing education
     * is (Education Act 1996 s436A; docs/rules/cme.md). A date of birth not known, or only estimated,
     * counts as of that age, so no child is left out on a guess.
     */
    @EventListener
    void on(ChildUnaccountedFor fact) {
        NewReferral referral;
        boolean estimated;
        if (fact instanceof LostPupilFileReceived lost) {
            referral = asInTheFile(lost);
            estimated = false;
        }
        else {
            ChildSummary child = summary(fact.childId());
            referral = asInTheRegister(child, ReferralReason.LEFT_ROLL_NO_DESTINATION, fact.account(), fact.on());
            estimated = child.dateOfBirthEstimated();
        }
        LocalDate born = referral.dateOfBirth();
        if (born != null && !estimated && !CompulsorySchoolAge.on(born, fact.asOf())) {
            log.info("Not referred to the CME team: child {} is not of compulsory school age on {} ({})", fact.childId(),
                    fact.asOf(), fact.account());
            return;
        }
        SystemAuthentication.run(fact.by(), () -> referrals.raise(referral, fact.childId(), fact.by()));
    }

    /** An alert that concerns missing education; the others are attendance's own tasks. */
    @EventListener
    void on(AttendanceAlertRaised alert) {
        if (!alert.kind().concernsMissingEducation()) {
            return;
        }
        var referral = asInTheRegister(summary(alert.childId()), ReferralReason.NOT_ATTENDING, alert.establishmentName() + ": "
                + alert.evidence(), LocalDate.now(clock));
        SystemAuthentication.run(alert.by(), () -> referrals.raise(referral, alert.childId(), alert.by()));
    }

    /**
     * A child on a referral still waiting joined a roll: the CME team decides it (known and in
     * provision). A child on an open case is the case officer's to hear of instead.
     */
    @EventListener
    void on(ChildJoinedRoll joined) {
        if (cases.stream().anyMatch(c -> c.hasOpenCase(joined.childId()))) {
            return;
        }
        actor.run(rejoin -> {
            for (var r : referrals.forChild(joined.childId(), rejoin).stream().filter(Referral::isOpen).toList()) {
                tasks.open(new NewTask(JOINED_ROLL, "The child on referral " + r.reference() + " joined "
                        + joined.establishmentName() + "'s roll on " + joined.startsOn()
                        + ": decide the referral (known and in provision) if the place is suitable",
                        "A child on a waiting referral found on a roll", joined.childId(), Referral.TASK_SUBJECT, r.id(),
                        LocalDate.now(clock), false, null), rejoin);
            }
        });
    }

    private ChildSummary summary(UUID childId) {
        return actor.act(rejoin -> children.summaries(List.of(childId), rejoin)).get(0);
    }

    private static NewReferral asInTheRegister(ChildSummary child, ReferralReason reason, String details, LocalDate on) {
        return NewReferral.raised(new ChildAsReferred(child.legalForename(), null, child.legalSurname(),
                child.dateOfBirth(), null, child.sex(), child.upn(), null, child.postcode()), reason, details, on);
    }

    private static NewReferral asInTheFile(LostPupilFileReceived lost) {
        var p = lost.pupil();
        var child = new ChildAsReferred(p.forename(), p.middleNames(), p.surname(), p.dateOfBirth(), null, p.sex(),
                p.upn(), p.address() == null ? null : p.address().line1(), p.address() == null ? null : p.address().postcode());
        return NewReferral.raised(child, ReferralReason.LEFT_ROLL_NO_DESTINATION, lost.account(), lost.on());
    }
}
