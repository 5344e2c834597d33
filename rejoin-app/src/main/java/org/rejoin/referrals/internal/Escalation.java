package org.rejoin.referrals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildRegister;
import org.rejoin.referrals.Referral;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.stereotype.Component;

/**
 * Children's social care is told before any other step (Children missing education, statutory
 * guidance; docs/rules/cme.md): a safeguarding concern, or a child on a child protection plan, in
 * need or looked after, opens an urgent task due today that heads every queue until a person
 * records it done.
 */
@Component
class Escalation {

    /** The task an escalation opens. */
    static final String NOTIFY_SOCIAL_CARE = "NOTIFY_SOCIAL_CARE";

    private final JdbcReferralRows rows;
    private final Tasks tasks;
    private final ChildRegister children;
    private final RejoinActor actor;
    private final Clock clock;

    Escalation(JdbcReferralRows rows, Tasks tasks, ChildRegister children, RejoinActor actor, Clock clock) {
        this.rows = rows;
        this.tasks = tasks;
        this.children = children;
        this.actor = actor;
        this.clock = clock;
    }

    /** Escalates the referral for what it says ({@code why}: "the referral") or what the child's record shows. */
    void escalate(UUID referralId, UUID childId, String reference, String why, RejoinUser by) {
        rows.markEscalated(referralId);
        tasks.open(new NewTask(NOTIFY_SOCIAL_CARE, "Notify children's social care about referral " + reference
                + ": safeguarding concern or status in " + why,
                "Children missing education statutory guidance: at once, before any other step", childId,
                Referral.TASK_SUBJECT, referralId, LocalDate.now(clock), true, null), by);
    }

    /**
     * A referral linked to a child whose record shows a child protection plan, child in need or
     * looked-after status escalates, if it has not already. Rejoin looks at the statuses, as whoever
     * linked it (a school's deletion return) may not see them.
     */
    void forChild(Referral referral, UUID childId, RejoinUser by) {
        boolean safeguarding = actor.act(rejoin -> children.currentCharacteristics(List.of(childId), LocalDate.now(clock),
                rejoin))
                .getOrDefault(childId, Set.of()).stream().anyMatch(CharacteristicType::isSafeguardingStatus);
        if (!referral.escalated() && safeguarding) {
            escalate(referral.id(), childId, referral.reference(), "the child's record", by);
        }
    }
}
