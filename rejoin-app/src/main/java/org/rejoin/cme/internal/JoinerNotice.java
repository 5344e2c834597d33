package org.rejoin.cme.internal;

import java.time.LocalDate;
import java.util.List;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.cme.CmeCase;
import org.rejoin.rolls.ChildJoinedRoll;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A child on an open CME case turned up on a roll (issue 5): the case's officer is told at once,
 * with a task to record the place and close the case if it is suitable.
 */
@Component
class JoinerNotice {

    static final String JOINED_ROLL = "CME_JOINED_ROLL";

    private final RejoinActor actor;
    private final JdbcCmeCases cases;
    private final Tasks tasks;

    JoinerNotice(JdbcCmeCases cases, Tasks tasks, RejoinActor actor) {
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
                tasks.open(new NewTask(JOINED_ROLL, c.childName() + " joined " + joined.establishmentName() + "'s roll on "
                        + joined.startsOn() + ": record the place and close the case if it is suitable",
                        "A child on a CME case found on a roll", c.childId(), JdbcCmeCases.SUBJECT, c.id(),
                        LocalDate.now(), false, c.keyWorker()), rejoin);
            }
            return open.size();
        });
    }
}
