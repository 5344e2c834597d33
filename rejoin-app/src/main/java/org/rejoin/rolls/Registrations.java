package org.rejoin.rolls;

import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/** A child's registrations at establishments. */
public interface Registrations {

    /** Every registration of a child the user may see, newest first. */
    List<Registration> forChild(UUID childId, RejoinUser user);

    /**
     * Records a registration and connects the child to the establishment.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each rule broken
     */
    Registration record(NewRegistration registration, RejoinUser user);

    /**
     * Records many registrations at once with PostgreSQL COPY (demo and benchmark populations), and
     * connects each child to its establishment. The caller vouches for the data: no overlap checks.
     */
    void loadAll(List<NewRegistration> registrations, RejoinUser by);

    /** The establishment's pupils today, by name: its own users and LA staff. */
    List<RollEntry> roll(UUID establishmentId, RejoinUser user);

    /** How many pupils are on the establishment's roll today. */
    int rollCount(UUID establishmentId);

    /**
     * Every registration at these establishments that overlaps {@code from} to {@code to}, with the
     * child's UPN: for checking many attendance marks at once against the rolls they belong to. The
     * caller checks that the user may act for the establishments.
     */
    List<Enrolment> enrolments(java.util.Collection<UUID> establishmentIds, java.time.LocalDate from,
            java.time.LocalDate to);

    /**
     * Every registration of these children (or of records merged into them) that overlaps
     * {@code from} to {@code to}, as {@link #enrolments} gives them. The caller checks what the user may see.
     */
    List<Enrolment> enrolmentsOf(java.util.Collection<UUID> childIds, java.time.LocalDate from, java.time.LocalDate to);

    /**
     * The establishments with a registration overlapping {@code from} to {@code to}: of these children
     * only, or of any child when {@code onlyChildren} is null. The caller checks what the user may see.
     */
    List<UUID> establishmentsWithPupils(java.time.LocalDate from, java.time.LocalDate to,
            java.util.Collection<UUID> onlyChildren);

    /**
     * A registration as a mark is checked against it: who (their UPN, and their date of birth, which
     * says when they are of compulsory school age; null when not known or only estimated), where, from
     * and until.
     */
    record Enrolment(UUID childId, String upn, UUID establishmentId, java.time.LocalDate startsOn,
            java.time.LocalDate endsOn, java.time.LocalDate dateOfBirth) {

        public boolean covers(java.time.LocalDate date) {
            return !startsOn.isAfter(date) && (endsOn == null || endsOn.isAfter(date));
        }
    }
}
