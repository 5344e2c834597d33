package org.rejoin.cme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeProperties;
import org.rejoin.tasks.NewTask;

/**
 * The deadlines of a CME case as tasks, counted in school days (docs/rules/cme.md). A pure function
 * of the case, the LA's school days and its targets. The locate, determine and in-provision targets
 * are the LA's own policy, not statute; the looked-after placement is statutory guidance. When the
 * term dates a deadline needs are not entered, a task says so instead of guessing a date.
 */
final class CaseDeadlines {

    private final CmeProperties targets;

    CaseDeadlines(CmeProperties targets) {
        this.targets = targets;
    }

    /** The deadlines of a case opened (or reopened) on {@code from}, for the stage it is at. */
    List<NewTask> opening(CmeCase c, LocalDate from, SchoolDays days, LocalDate today) {
        var due = new ArrayList<NewTask>();
        try {
            var status = c.status();
            if (status == CaseStatus.NOT_LOCATED) {
                due.add(task(c, CaseDeadline.LOCATE, "Locate " + c.childName(), localTarget("located within",
                        targets.locateWithin()), days.add(from, targets.locateWithin())));
            }
            if (status.ordinal() < CaseStatus.PROVISION_IDENTIFIED.ordinal()) {
                due.add(task(c, CaseDeadline.PROVISION_DETERMINED, "Determine the form of provision for " + c.childName(),
                        localTarget("provision determined within", targets.provisionDeterminedWithin()),
                        days.add(from, targets.provisionDeterminedWithin())));
            }
            due.add(task(c, CaseDeadline.IN_PROVISION, c.childName() + " in provision",
                    localTarget("in provision within", targets.inProvisionWithin()),
                    days.add(from, targets.inProvisionWithin())));
            if (c.kind() == CaseKind.MISSING_EDUCATION && c.lastKnownPlacementOn() != null) {
                var threshold = days.add(c.lastKnownPlacementOn(), targets.missingThreshold());
                due.add(task(c, CaseDeadline.MISSING_THRESHOLD, c.childName() + " out of provision "
                        + targets.missingThreshold() + " school days", "Local policy, not statute: out of provision "
                        + targets.missingThreshold() + " school days counts as missing education",
                        threshold.isBefore(from) ? from : threshold));
            }
        }
        catch (CalendarNotDefinedException e) {
            due.add(termDatesNeeded(c, e, today));
        }
        return due;
    }

    /** A looked-after child moved in an emergency: an education placement within 20 school days of {@code from}. */
    NewTask lookedAfterPlacement(CmeCase c, LocalDate from, SchoolDays days, LocalDate today) {
        try {
            return task(c, CaseDeadline.LOOKED_AFTER_PLACEMENT, "Education placement for " + c.childName()
                    + " (looked after, moved in an emergency)", "Promoting the education of looked-after children"
                    + " (statutory guidance, 2018): placement within " + targets.lookedAfterPlacementWithin()
                    + " school days", days.add(from, targets.lookedAfterPlacementWithin()));
        }
        catch (CalendarNotDefinedException e) {
            return termDatesNeeded(c, e, today);
        }
    }

    private static String localTarget(String what, int schoolDays) {
        return "LA target (local policy, not statute): " + what + " " + schoolDays + " school days";
    }

    private static NewTask termDatesNeeded(CmeCase c, CalendarNotDefinedException e, LocalDate today) {
        return task(c, CaseDeadline.TERM_DATES_NEEDED, "Enter the term dates for " + e.year().label() + " so that "
                + c.reference() + "'s deadlines can be set", "Deadlines are counted in school days and are never guessed",
                today);
    }

    static NewTask task(CmeCase c, CaseDeadline kind, String title, String rule, LocalDate due) {
        return new NewTask(kind.taskKind(), title, rule, c.childId(), CaseDeadline.SUBJECT, c.id(), due, false,
                c.keyWorker());
    }
}
