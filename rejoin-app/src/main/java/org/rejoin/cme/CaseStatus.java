package org.rejoin.cme;

/** Where a case stands, derived from its milestones (never set by hand). */
public enum CaseStatus {
    NOT_LOCATED,
    LOCATED,
    NEEDS_DETERMINED,
    PROVISION_IDENTIFIED,
    IN_PROVISION,
    CLOSED;

    /** The status after a case's milestones, oldest first. */
    public static CaseStatus of(java.util.List<Milestone> milestones) {
        CaseStatus status = NOT_LOCATED;
        for (var milestone : milestones) {
            status = switch (milestone) {
                case IDENTIFIED -> NOT_LOCATED;
                case LOCATED -> LOCATED;
                case NEEDS_DETERMINED -> NEEDS_DETERMINED;
                case PROVISION_IDENTIFIED -> PROVISION_IDENTIFIED;
                case PROVISION_ACCESSED -> IN_PROVISION;
                case CLOSED -> CLOSED;
                // A placement broke down: the child's whereabouts are known, the work starts again from needs.
                case REOPENED -> LOCATED;
            };
        }
        return status;
    }

    /** The milestones that may come next. */
    public java.util.List<Milestone> next() {
        return switch (this) {
            case NOT_LOCATED -> java.util.List.of(Milestone.LOCATED, Milestone.CLOSED);
            case LOCATED -> java.util.List.of(Milestone.NEEDS_DETERMINED, Milestone.CLOSED);
            case NEEDS_DETERMINED -> java.util.List.of(Milestone.PROVISION_IDENTIFIED, Milestone.CLOSED);
            case PROVISION_IDENTIFIED -> java.util.List.of(Milestone.PROVISION_ACCESSED, Milestone.CLOSED);
            case IN_PROVISION -> java.util.List.of(Milestone.CLOSED);
            case CLOSED -> java.util.List.of(Milestone.REOPENED);
        };
    }
}
