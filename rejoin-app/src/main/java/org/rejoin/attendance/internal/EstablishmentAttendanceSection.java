package org.rejoin.attendance.internal;

import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceOverview;
import org.rejoin.organisations.EstablishmentSection;
import org.rejoin.organisations.Organisations;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An establishment's attendance on its page (issue 6): this term's attendance and persistent and
 * severe absence against the LA's, the pupils with alerts, and whether marks are arriving. For its
 * own users and LA staff.
 */
@Component
class EstablishmentAttendanceSection implements EstablishmentSection {

    private final AttendanceOverview overview;
    private final Organisations organisations;

    EstablishmentAttendanceSection(AttendanceOverview overview, Organisations organisations) {
        this.overview = overview;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String fragment() {
        return "attendance/establishment :: section";
    }

    @Override
    public Map<String, Object> model(UUID establishmentId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof RejoinUser user)
                || !user.actsFor(establishmentId)
                || !user.isLocalAuthorityStaff() && !user.hasRole("SCHOOL_USER") && !user.hasRole("PROVIDER_USER")) {
            return Map.of();
        }
        var establishment = organisations.establishment(establishmentId).orElse(null);
        if (establishment == null) {
            return Map.of();
        }
        return Map.of("view", overview.establishment(establishmentId, overview.thisTerm(), user), "establishmentId", establishmentId,
                "placed", establishment.isAlternativeProvision(), "laStaff", user.isLocalAuthorityStaff());
    }
}
