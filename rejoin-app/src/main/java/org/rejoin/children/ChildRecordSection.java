package org.rejoin.children;

import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * A section another module adds to a child's page (registrations, later cases, attendance).
 * The section is shown only after the user's access to the child has been checked and audited.
 */
public interface ChildRecordSection {

    /** Where the section sits on the page: lower comes first. */
    int order();

    /** A Thymeleaf fragment, such as {@code rolls/child-registrations :: registrations}. */
    String fragment();

    /** The model the fragment renders, for a child the user may see. */
    Map<String, Object> model(UUID childId, RejoinUser user);
}
