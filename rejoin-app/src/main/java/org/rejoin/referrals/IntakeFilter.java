package org.rejoin.referrals;

/**
 * What an officer looks for in the intake queue: part of a reference, a child's name, a UPN or the
 * referrer (a school's name), the route, whether escalated, and the child's age. Any may be empty.
 */
public record IntakeFilter(String text, ReferralRoute route, Boolean escalated, AgeBand age) {

    public static final IntakeFilter NONE = new IntakeFilter(null, null, null, null);

    /**
     * The ages officers sort referrals by, which decide whose places are sought: a child's age today from their
     * date of birth, or the rough age the referrer gave when they did not know it.
     */
    public enum AgeBand {
        UNDER_FOUR(0, 3), PRIMARY(4, 10), SECONDARY(11, 15), SIXTEEN_OR_OVER(16, 25);

        private final int from;
        private final int to;

        AgeBand(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public int from() {
            return from;
        }

        public int to() {
            return to;
        }
    }

    public boolean isEmpty() {
        return (text == null || text.isBlank()) && route == null && escalated == null && age == null;
    }
}
