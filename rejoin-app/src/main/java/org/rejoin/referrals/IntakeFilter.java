package org.rejoin.referrals;

/**
 * What an officer looks for in the intake queue: part of a reference, a child's name, a UPN or the
 * referrer (a school's name), the route, whether escalated, and the child's age. Any may be empty.
 */
public record IntakeFilter(String text, ReferralRoute route, Boolean escalated, AgeBand age) {

    public static final IntakeFilter NONE = new IntakeFilter(null, null, null, null);

    /**
     * The school phases officers sort referrals by, which decide whose places are sought: the year group a child's
     * date of birth puts them in this school year (Education Act 1996 s8 cohorts), or, when the referrer knew only a
     * rough age, the year group of a child that age. Bounds are year groups, Reception 0.
     */
    public enum AgeBand {
        BEFORE_RECEPTION(-10, -1), PRIMARY(0, 6), SECONDARY(7, 11), BEYOND_YEAR_11(12, 25);

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
