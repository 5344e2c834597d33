package org.rejoin.referrals;

import java.time.LocalDate;

/**
 * A CME officer's decision on a referral.
 *
 * @param decidedOn when it was decided (a panel's decision recorded later); today when null
 * @param reason why; required when the child is known and in suitable provision
 * @param otherLa for {@link TriageDecision#OTHER_LA}, the LA the referral was sent to
 * @param transferredOn for {@link TriageDecision#OTHER_LA}, when it was sent
 */
public record Triage(TriageDecision decision, LocalDate decidedOn, String reason, String otherLa,
        LocalDate transferredOn) {
}
