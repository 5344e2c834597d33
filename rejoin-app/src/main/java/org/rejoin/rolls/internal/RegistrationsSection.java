package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildRecordSection;
import org.rejoin.rolls.Registrations;

import org.springframework.stereotype.Component;

/** The child's registrations, on the child's page. */
@Component
class RegistrationsSection implements ChildRecordSection {

    private final Registrations registrations;
    private final Clock clock;

    RegistrationsSection(Registrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String fragment() {
        return "rolls/child-registrations :: registrations";
    }

    @Override
    public Map<String, Object> model(UUID childId, RejoinUser user) {
        return Map.of("registrations", registrations.forChild(childId, user), "today", LocalDate.now(clock));
    }
}
