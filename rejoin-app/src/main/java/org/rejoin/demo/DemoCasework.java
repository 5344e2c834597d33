package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserSummary;
import org.rejoin.children.ChildDetails;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeCases;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.EnquiryOutcome;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.referrals.ChildAsReferred;
import org.rejoin.referrals.Concern;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.Referrals;
import org.rejoin.referrals.Triage;
import org.rejoin.referrals.TriageDecision;
import org.rejoin.tasks.Tasks;

/**
 * The demo LA's CME work of the last ten weeks, made through the referrals and CME services as
 * officers would have made it: referrals from every kind of source, triaged a few days after they
 * arrived; cases at every step, some overdue, some closed; a few referrals still waiting, two of
 * them escalated. Seeded, so every demo start looks the same for the same date.
 */
final class DemoCasework {

    private static final ReferralSource[] SOURCES = {ReferralSource.SCHOOL, ReferralSource.SCHOOL, ReferralSource.AGENCY,
            ReferralSource.PARENT_OR_CARER, ReferralSource.MEMBER_OF_PUBLIC, ReferralSource.LA_SERVICE,
            ReferralSource.OTHER_LOCAL_AUTHORITY};
    private static final String[] REFERRERS = {"Attendance lead, Abbey Primary", "Head of Year 9, Kingsbridge Academy",
            "PC Dawson, Kingsbridge Police", "Mother", "A neighbour", "Housing Options officer", "Eastmoor CME team"};
    private static final ReferralReason[] REASONS = {ReferralReason.LEFT_ROLL_NO_DESTINATION,
            ReferralReason.NOT_ATTENDING, ReferralReason.NEW_ARRIVAL, ReferralReason.WHEREABOUTS_UNKNOWN,
            ReferralReason.NEVER_STARTED_SCHOOL, ReferralReason.HOME_EDUCATION_CONCERN};

    private final Referrals referrals;
    private final CmeCases cases;
    private final Tasks tasks;
    private final Random random = new Random(2026);

    DemoCasework(Referrals referrals, CmeCases cases, Tasks tasks) {
        this.referrals = referrals;
        this.cases = cases;
        this.tasks = tasks;
    }

    /** Refers {@code count} of the children, spread over the last ten weeks. */
    void load(List<ChildDetails> children, List<UUID> ids, int count, List<UserSummary> staff, LocalDate today,
            RejoinUser system) {
        for (int n = 0; n < count && n < children.size(); n++) {
            int index = (int) ((long) n * 7919 % children.size());
            var child = children.get(index);
            LocalDate received = weekday(today.minusDays(3 + random.nextInt(70)));
            int s = random.nextInt(SOURCES.length);
            boolean waiting = n >= count - 8;
            var referral = referrals.submit(NewReferral.of(
                    new NewReferral.ReferredBy(SOURCES[s], REFERRERS[s], "01632 96" + (1000 + n), received),
                    new ChildAsReferred(child.legalForename(), child.middleNames(), child.legalSurname(), child.dateOfBirth(),
                            null, child.sex(), child.upn(), null,
                            child.addresses().isEmpty() ? null : child.addresses().get(0).postcode()),
                    new Concern(REASONS[random.nextInt(REASONS.length)], null, null, null,
                            waiting && n >= count - 2)), system);
            var linked = referrals.link(referral.id(), ids.get(index), referral.version(), system);
            if (waiting) {
                continue;
            }
            LocalDate decided = min(received.plusDays(1 + random.nextInt(3)), today);
            double r = random.nextDouble();
            TriageDecision decision = r < 0.65 ? TriageDecision.MISSING_EDUCATION : r < 0.8 ? TriageDecision.AT_RISK
                    : r < 0.92 ? TriageDecision.KNOWN_IN_PROVISION : TriageDecision.OTHER_LA;
            // The officer told children's social care the day the referral came in.
            for (var task : tasks.forSubject(referral.id(), system)) {
                tasks.complete(task.id(), "Told the MASH duty social worker by phone on " + received, system);
            }
            referrals.decide(referral.id(), linked.version(), new Triage(decision, decided,
                    decision == TriageDecision.KNOWN_IN_PROVISION ? "On roll at a school in the LA; attendance checked" : null,
                    decision == TriageDecision.OTHER_LA ? "Eastmoor Council" : null,
                    decision == TriageDecision.OTHER_LA ? decided : null), system);
            if (decision.opensCase()) {
                var c = cases.forChild(ids.get(index), system).get(0);
                progress(c, decided, today, staff.get(random.nextInt(staff.size())), system);
            }
        }
    }

    /** Takes a case through as many steps as the days since it opened allow, a few days apart. */
    private void progress(CmeCase c, LocalDate from, LocalDate today, UserSummary keyWorker, RejoinUser system) {
        c = cases.update(c.id(), c.version(), new CaseDetails(keyWorker.id(), null, null, c.lastKnownPlacement(),
                c.lastKnownPlacementOn(), false), system);
        LocalDate on = from;
        cases.addEnquiry(c.id(), new NewEnquiry(EnquiryCheck.HOME_VISIT, min(on.plusDays(1), today),
                random.nextDouble() < 0.7 ? EnquiryOutcome.FOUND : EnquiryOutcome.NO_RESPONSE, null), system);
        double reach = random.nextDouble();
        var steps = List.of(Milestone.LOCATED, Milestone.NEEDS_DETERMINED, Milestone.PROVISION_IDENTIFIED,
                Milestone.PROVISION_ACCESSED, Milestone.CLOSED);
        for (int i = 0; i < steps.size(); i++) {
            if (reach < 0.15 * (i + 1)) {
                return;
            }
            on = on.plusDays(2 + random.nextInt(9));
            if (on.isAfter(today)) {
                return;
            }
            var step = steps.get(i);
            // The place a child entered is a roll Rejoin holds them on, or one the school confirmed: a child
            // still on a roll is in that school; another goes to the academy, which confirms the place.
            boolean onRoll = c.lastKnownPlacement() != null && c.lastKnownPlacementOn() == null;
            c = cases.record(c.id(), c.version(), new NewMilestone(step, on,
                    step == Milestone.PROVISION_ACCESSED && !onRoll ? "Place confirmed by the academy's admissions"
                            + " officer by phone" : null,
                    step == Milestone.CLOSED ? ClosureOutcome.IN_SCHOOL : null,
                    step == Milestone.PROVISION_ACCESSED ? (onRoll ? c.lastKnownPlacement() : "Kingsbridge Academy")
                            : null), system);
        }
    }

    private static LocalDate weekday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY ? date.minusDays(1)
                : date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(2) : date;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
