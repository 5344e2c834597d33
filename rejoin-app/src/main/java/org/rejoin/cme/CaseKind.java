package org.rejoin.cme;

/** Why the case is open: the child is missing education, or at risk of it. Stored by name. */
public enum CaseKind {
    MISSING_EDUCATION,
    AT_RISK
}
