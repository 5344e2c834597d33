package org.rejoin.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.rejoin.children.ChildDetails.Address;
import org.rejoin.children.ChildDetails.Characteristic;

/** A child's record as read: details plus identity and the version to send back with a change. */
public record ChildRecord(UUID id, long version, ChildDetails details, Instant createdAt, Instant updatedAt) {

    public int ageOn(LocalDate date) {
        return Period.between(details.dateOfBirth(), date).getYears();
    }

    public Optional<Address> currentAddress(LocalDate date) {
        return details.addresses().stream().filter(a -> a.isCurrentOn(date)).findFirst();
    }

    public List<Characteristic> characteristicsOn(LocalDate date) {
        return details.characteristics().stream().filter(c -> c.isCurrentOn(date)).toList();
    }

    public boolean upnIsTemporary() {
        return details.upn() != null && Upn.isValid(details.upn()) && new Upn(details.upn()).isTemporary();
    }
}
