package org.rejoin.organisations;

import java.util.Map;
import java.util.UUID;

/**
 * A section another module adds to an establishment's page (its roll and returns), so that
 * organisations never depends on those modules. The section decides, from the signed-in user,
 * whether it shows anything: an empty model shows nothing.
 */
public interface EstablishmentSection {

    /** Where the section sits on the page: lower comes first. */
    int order();

    /** A Thymeleaf fragment, such as {@code rolls/establishment-roll :: roll}. */
    String fragment();

    /** The model the fragment renders for the signed-in user; empty to show nothing. */
    Map<String, Object> model(UUID establishmentId);
}
