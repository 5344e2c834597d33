package org.rejoin.referrals;

/**
 * What an officer looks for in the intake queue: part of a reference, a child's name, a UPN or the
 * referrer (a school's name), and the route and whether escalated. Any may be empty.
 */
public record IntakeFilter(String text, ReferralRoute route, Boolean escalated) {

    public static final IntakeFilter NONE = new IntakeFilter(null, null, null);

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && route == null && escalated == null;
    }
}
