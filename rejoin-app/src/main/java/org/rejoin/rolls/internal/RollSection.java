package org.rejoin.rolls.internal;

import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.organisations.EstablishmentSection;
import org.rejoin.rolls.RollReturns;

import org.springframework.stereotype.Component;

/** The roll at a glance on an establishment's page: for its own users and LA staff, nothing for others. */
@Component
class RollSection implements EstablishmentSection {

    private final RollReturns returns;

    RollSection(RollReturns returns) {
        this.returns = returns;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "rolls/figures :: section";
    }

    @Override
    public Map<String, Object> model(UUID establishmentId) {
        return RejoinUser.signedIn().filter(u -> u.keepsRecordsOf(establishmentId))
                .<Map<String, Object>>map(user -> Map.of("figures", returns.figures(establishmentId, user), "establishmentId",
                        establishmentId))
                .orElse(Map.of());
    }
}
