package org.rejoin.attendance.internal;

import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceOverview;
import org.rejoin.organisations.EstablishmentSection;

import org.springframework.stereotype.Component;

/**
 * An establishment's attendance on its page (ADR 15): this term's attendance and persistent and
 * severe absence against the LA's, the pupils with alerts, and whether marks are arriving. For its
 * own users and LA staff.
 */
@Component
class EstablishmentAttendanceSection implements EstablishmentSection {

    private final AttendanceOverview overview;

    EstablishmentAttendanceSection(AttendanceOverview overview) {
        this.overview = overview;
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
        return RejoinUser.signedIn().filter(u -> u.keepsRecordsOf(establishmentId))
                .<Map<String, Object>>map(user -> Map.of("view", overview.establishment(establishmentId, overview.thisTerm(), user),
                        "establishmentId", establishmentId))
                .orElse(Map.of());
    }
}
