package org.rejoin.cme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.cme.CmeCase;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.Referrals;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A child on an open CME case turned up on a roll: the case's officer is told at once,
 * with a task to record the place and close the case if it is suitable. A child with no case but a
 * referral still waiting (a lost pupil's file, a leaver without destination) gets a task on the
 * referral instead, for the CME team to decide it.
 */
@Component
class JoinerNotice {

    private final RejoinActor actor;
    private final Clock clock;
    private final CaseViews cases;
    private final Tasks tasks;
    private final Referrals referrals;

    JoinerNotice(CaseViews cases, Tasks tasks, Referrals referrals, RejoinActor actor, Clock clock) {
        this.clock = clock;
        this.referrals = referrals;
        this.actor = actor;
        this.cases = cases;
        this.tasks = tasks;
    }

    @EventListener
    void on(ChildJoinedRoll joined) {
        // The school that sent the return may not see the case; Rejoin looks for it.
        var rejoin = actor.user();
        SystemAuthentication.run(rejoin, () -> {
            List<CmeCase> open = cases.forChild(joined.childId(), rejoin).stream().filter(CmeCase::isOpen).toList();
            for (var c : open) {
                tasks.open(CaseDeadlines.task(c, CaseDeadline.JOINED_ROLL, c.childName() + " joined "
                        + joined.establishmentName() + "'s roll on " + joined.startsOn() + ": record the place and close the case if it is suitable",
                        "A child on a CME case found on a roll", LocalDate.now(clock)), rejoin);
            }
            if (open.isEmpty()) {
                // Not yet a case: a referral still waiting (a lost pupil's file, a leaver without destination) is told.
                for (var r : referrals.forChild(joined.childId(), rejoin).stream().filter(Referral::isOpen).toList()) {
                    tasks.open(new NewTask(CaseDeadline.JOINED_ROLL.taskKind(), "The child on referral " + r.reference() + " joined "
                            + joined.establishmentName() + "'s roll on " + joined.startsOn()
                            + ": decide the referral (known and in provision) if the place is suitable",
                            "A child on a waiting referral found on a roll", joined.childId(), Referral.TASK_SUBJECT, r.id(),
                            LocalDate.now(clock), false, null), rejoin);
                }
            }
            return open.size();
        });
    }
}
