package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.rejoin.access.RejoinActor;
import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceAlertRaised;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.tasks.NewTask;
import org.rejoin.tasks.Tasks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The attendance alerts that are the LA's attendance work become tasks, in the transaction that
 * raised them: the s19 duty, a penalty notice to consider, an N to chase, a silent provider, a
 * part-time timetable to review. An alert that concerns missing education
 * ({@link AlertKind#concernsMissingEducation()}) is the CME intake's to take, not a task here.
 */
@Component
class AlertActions {

    static final String SUBJECT = AttendanceAlertRaised.TASK_SUBJECT;

    private final Tasks tasks;
    private final RejoinActor actor;
    private final AttendanceProperties properties;
    private final Clock clock;

    AlertActions(Tasks tasks, RejoinActor actor, AttendanceProperties properties, Clock clock) {
        this.tasks = tasks;
        this.actor = actor;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(AttendanceAlertRaised alert) {
        if (alert.kind().concernsMissingEducation()) {
            return;
        }
        actor.run(rejoin -> tasks.open(new NewTask("ATTENDANCE_" + alert.kind().name(), title(alert), rule(alert.kind()),
                alert.childId(), SUBJECT, alert.alertId(), LocalDate.now(clock), false, null), rejoin));
    }

    private static String title(AttendanceAlertRaised a) {
        return a.kind() == AlertKind.PROVIDER_SILENT
                ? a.establishmentName() + " has sent no marks for a placed pupil: " + a.evidence()
                : a.establishmentName() + ": " + a.evidence();
    }

    /**
     * The rule the task follows, with this LA's thresholds, citing its source in words a user
     * understands (docs/rules/attendance.md gives the defaults and their sources).
     */
    private String rule(AlertKind kind) {
        var p = properties;
        return switch (kind) {
            case ILLNESS -> "Sickness return (School Attendance (Pupil Registration) Regulations 2024) and"
                    + " Education Act 1996 s19: absent through illness for " + p.illnessDays()
                    + " school days, the LA considers its s19 duty";
            case PENALTY_THRESHOLD -> "National framework for penalty notices (DfE, 2024): " + p.penaltySessions()
                    + " sessions of unauthorised absence within " + p.penaltyWeeks() + " school weeks";
            case REASON_NOT_ESTABLISHED -> "Working together to improve school attendance: an N is replaced by another"
                    + " code within " + p.unexplainedDays() + " school days";
            case PROVIDER_SILENT -> "Local policy, not statute: a provider sends marks for each placed pupil every"
                    + " school day; none for " + p.providerSilenceDays() + " school days";
            case TIMETABLE_REVIEW_DUE -> "Working together to improve school attendance: a part-time timetable is"
                    + " reviewed; record the review or end it";
            case TIMETABLE_PAST_END -> "Working together to improve school attendance: a part-time timetable is"
                    + " time-limited; end it or record a new planned end";
            case CONTINUOUS_UNAUTHORISED, LOW_ATTENDANCE, LOOKED_AFTER_ABSENT -> throw new IllegalArgumentException(kind + " is referred, not a task");
        };
    }
}
