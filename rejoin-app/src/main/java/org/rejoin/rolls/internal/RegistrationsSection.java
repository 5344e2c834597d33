package org.rejoin.rolls.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildRecordSection;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.Registrations;

import org.springframework.stereotype.Component;

/** The child's registrations, and the schools and attendance Common Transfer Files told of, on the child's page. */
@Component
class RegistrationsSection implements ChildRecordSection {

    private final Registrations registrations;
    private final CommonTransferFiles ctfs;
    private final Clock clock;

    RegistrationsSection(Registrations registrations, CommonTransferFiles ctfs, Clock clock) {
        this.registrations = registrations;
        this.ctfs = ctfs;
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
        return Map.of("registrations", registrations.forChild(childId, user), "today", LocalDate.now(clock),
                "kept", ctfs.kept(childId, user));
    }
}
