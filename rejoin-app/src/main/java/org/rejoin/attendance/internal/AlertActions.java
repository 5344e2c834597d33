package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.children.ChildRegister;
import org.rejoin.referrals.RaiseReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What an attendance alert sets going (issue 6), in the transaction that raised it. A child who may
 * be going missing from education (ten days away without authorisation, attendance below the
 * survey threshold, a looked-after child absent) is referred to the CME team (added to a referral
 * already waiting, if there is one); the referral escalates a looked-after child at once. The others
 * are tasks for the LA's attendance work: the s19 duty, a penalty notice to consider, an N to
 * chase, a silent provider.
 */
@Component
class AlertActions {

    static final String SUBJECT = "ATTENDANCE_ALERT";
    private static final Set<AlertKind> REFERRED = Set.of(AlertKind.CONTINUOUS_UNAUTHORISED, AlertKind.LOW_ATTENDANCE,
            AlertKind.LOOKED_AFTER_ABSENT);

    private final Tasks tasks;
    private final ChildRegister children;
    private final ApplicationEventPublisher events;
    private final RejoinActor actor;

    AlertActions(Tasks tasks, ChildRegister children, ApplicationEventPublisher events, RejoinActor actor) {
        this.tasks = tasks;
        this.children = children;
        this.events = events;
        this.actor = actor;
    }

    @EventListener
    void on(AttendanceAlertRaised alert) {
        var rejoin = actor.user();
        SystemAuthentication.run(rejoin, () -> {
            if (REFERRED.contains(alert.kind())) {
                // A child already on a waiting referral has this added to it, not a second referral.
                var child = children.summaries(List.of(alert.childId()), rejoin).get(0);
                events.publishEvent(RaiseReferral.about(child, ReferralReason.NOT_ATTENDING, alert.establishmentName() + ": "
                        + alert.evidence(), LocalDate.now(), alert.by()));
            }
            else {
                tasks.open(new NewTask("ATTENDANCE_" + alert.kind().name(), title(alert), rule(alert.kind()),
                        alert.childId(), SUBJECT, alert.alertId(), LocalDate.now(), false, null), rejoin);
            }
            return null;
        });
    }

    private static String title(AttendanceAlertRaised a) {
        return a.kind() == AlertKind.PROVIDER_SILENT
                ? a.establishmentName() + " has sent no marks for a placed pupil: " + a.evidence()
                : a.establishmentName() + ": " + a.evidence();
    }

    private static String rule(AlertKind kind) {
        return switch (kind) {
            case ILLNESS -> "RULES.md 2: absent through illness for 15 school days, the LA considers its s19 duty";
            case PENALTY_THRESHOLD -> "RULES.md 2: 10 sessions of unauthorised absence within 10 school weeks";
            case REASON_NOT_ESTABLISHED -> "RULES.md 2: an N is replaced by another code within 5 school days";
            case PROVIDER_SILENT -> "Issue 6: a provider sends marks for each placed pupil every school day";
            default -> "Issue 6: attendance alert";
        };
    }
}
