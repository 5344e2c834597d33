package org.rejoin.cme.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.rejoin.access.RejoinActor;
import org.rejoin.cme.CmeCase;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.tasks.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A child on an open CME case turned up on a roll: the case's officer is told at once, with a task
 * to record the place and close the case if it is suitable. The intake, which hears the same fact,
 * tells the CME team of a referral still waiting only when the child has no open case
 * ({@link org.rejoin.referrals.OpenCases}).
 */
@Component
class JoinerNotice {

    private final RejoinActor actor;
    private final Clock clock;
    private final CaseViews cases;
    private final Tasks tasks;

    JoinerNotice(CaseViews cases, Tasks tasks, RejoinActor actor, Clock clock) {
        this.clock = clock;
        this.actor = actor;
        this.cases = cases;
        this.tasks = tasks;
    }

    @EventListener
    void on(ChildJoinedRoll joined) {
        // The school that sent the return may not see the case; Rejoin looks for it.
        actor.run(rejoin -> {
            List<CmeCase> open = cases.forChild(joined.childId(), rejoin).stream().filter(CmeCase::isOpen).toList();
            for (var c : open) {
                tasks.open(CaseDeadlines.task(c, CaseDeadline.JOINED_ROLL, c.childName() + " joined "
                        + joined.establishmentName() + "'s roll on " + joined.startsOn()
                        + ": record the place and close the case if it is suitable",
                        "A child on a CME case found on a roll", LocalDate.now(clock)), rejoin);
            }
        });
    }
}
