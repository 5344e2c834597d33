package org.rejoin.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.AttendanceMarks.PupilMonth;
import org.rejoin.attendance.EducationHours;
import org.rejoin.attendance.NewTimetable;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.rolls.EnrolmentStatus;

/**
 * The demo LA's attendance this academic year up to yesterday: every pupil on an LA roll has marks on
 * each of their establishment's school days, most attending well, some persistently or severely
 * absent, a few ill; a pupil dual registered with the PRU is at the PRU in the mornings (the school
 * marks D) and at school in the afternoons. A few pupils are on part-time timetables, one past its
 * review; one PRU pupil has had no marks for the last days. The morning scan then runs once, so the
 * alerts, tasks and short-hours list are there on first sign-in.
 */
final class DemoAttendance {

    private static final AttendanceCode[] AUTHORISED = {AttendanceCode.ILLNESS, AttendanceCode.ILLNESS, AttendanceCode.ILLNESS,
            AttendanceCode.MEDICAL, AttendanceCode.EXCEPTIONAL_LEAVE, AttendanceCode.RELIGIOUS_OBSERVANCE};
    private static final AttendanceCode[] UNAUTHORISED = {AttendanceCode.OTHER_UNAUTHORISED, AttendanceCode.OTHER_UNAUTHORISED,
            AttendanceCode.HOLIDAY_NOT_GRANTED, AttendanceCode.LATE_AFTER_CLOSE};

    private final AttendanceMarks marks;
    private final EducationHours hours;
    private final SchoolCalendar calendar;

    DemoAttendance(AttendanceMarks marks, EducationHours hours, SchoolCalendar calendar) {
        this.marks = marks;
        this.hours = hours;
        this.calendar = calendar;
    }

    /** How a pupil attends: the chance of missing a day, and of the absence being unauthorised. */
    record Profile(double absence, double unauthorised) {
    }

    static final Profile REGULAR = new Profile(0.03, 0.1);
    static final Profile IRREGULAR = new Profile(0.13, 0.25);
    static final Profile SEVERE = new Profile(0.55, 0.6);

    /** The groups whose pupils are persistently absent about twice as often as others (DfE, Pupil absence in schools in England). */
    static final Set<CharacteristicType> MORE_OFTEN_ABSENT = EnumSet.of(CharacteristicType.EHC_PLAN,
            CharacteristicType.FREE_SCHOOL_MEALS, CharacteristicType.CHILD_IN_NEED, CharacteristicType.CHILD_PROTECTION_PLAN,
            CharacteristicType.LOOKED_AFTER);

    /**
     * A pupil's way of attending from a draw in [0, 1): in England about one pupil in five is persistently absent
     * (misses 10% of sessions or more) and about one in fifty severely (50% or more); for pupils with an EHC plan,
     * eligible for free school meals or with a social worker, more than one in three (DfE, Pupil absence in schools in
     * England, 2023/24). These shares give that over a term.
     */
    static Profile profile(double draw, boolean moreOftenAbsent) {
        if (moreOftenAbsent) {
            return draw < 0.05 ? SEVERE : draw < 0.40 ? IRREGULAR : REGULAR;
        }
        return draw < 0.01 ? SEVERE : draw < 0.15 ? IRREGULAR : REGULAR;
    }

    void load(List<ChildDetails> children, List<DemoPopulation.PlannedRegistration> registrations, List<UUID> ids,
            Map<Integer, UUID> idByUrn,
            Map<Integer, Boolean> alternativeByUrn, int timetabledUrn, LocalDate today, RejoinUser system) {
        LocalDate from = AcademicYear.of(today).firstDay();
        LocalDate to = today.minusDays(1);
        if (to.isBefore(from)) {
            return;
        }
        var schoolDays = new HashMap<UUID, List<LocalDate>>();
        var random = new Random(20261123L);
        var placed = placedAtAp(registrations, alternativeByUrn);
        var months = new ArrayList<PupilMonth>();
        var timetabled = new ArrayList<Integer>();
        Integer silent = null;
        Integer truant = null;
        for (var r : registrations) {
            UUID establishment = idByUrn.get(r.urn());
            if (establishment == null || r.startsOn().isAfter(to) || r.endsOn() != null && !r.endsOn().isAfter(from)) {
                continue;
            }
            var days = schoolDays.computeIfAbsent(establishment, id -> days(id, from, to));
            if (days.isEmpty()) {
                continue;
            }
            boolean ap = alternativeByUrn.getOrDefault(r.urn(), false);
            boolean dual = placed.contains(r.child());
            // A few pupils at the demo secondary are on part-time timetables: mornings only.
            boolean partTime = r.urn() == timetabledUrn && !dual && timetabled.size() < 4 && random.nextInt(40) == 0;
            if (partTime) {
                timetabled.add(r.child());
            }
            boolean goneSilent = ap && silent == null;
            if (goneSilent) {
                silent = r.child();
            }
            var pupil = new Random(r.child() * 31L + r.urn());
            var profile = profile(pupil.nextDouble(), children.get(r.child()).characteristics().stream()
                    .anyMatch(c -> c.endsOn() == null && MORE_OFTEN_ABSENT.contains(c.type())));
            // One severely absent pupil has been away without authorisation for the last two weeks (the absence return).
            boolean away = truant == null && profile == SEVERE && !ap && !dual;
            if (away) {
                truant = r.child();
            }
            var pupilDays = new PupilDays(ap, dual, partTime, goneSilent, away, profile, pupil);
            var byMonth = sessions(r, days, from, today, pupilDays);
            byMonth.forEach((month, sessions) -> months.add(new PupilMonth(ids.get(r.child()), establishment, month, sessions)));
        }
        marks.loadAll(months, system);
        recordTimetables(timetabled, ids, idByUrn.get(timetabledUrn), today, system);
        marks.scanAlerts(today, system);
    }

    /** Children dual registered with an AP: at the AP in the mornings. */
    private static Set<Integer> placedAtAp(List<DemoPopulation.PlannedRegistration> registrations,
            Map<Integer, Boolean> alternativeByUrn) {
        var placed = new HashSet<Integer>();
        registrations.stream()
                .filter(r -> r.status() == EnrolmentStatus.SUBSIDIARY_DUAL && alternativeByUrn.getOrDefault(r.urn(), false))
                .forEach(r -> placed.add(r.child()));
        return placed;
    }

    /** One registration's pupil as the demo draws them: where they are, how they attend, their own random numbers. */
    private record PupilDays(boolean ap, boolean dual, boolean partTime, boolean goneSilent, boolean away, Profile profile,
            Random random) {
    }

    /** A registration's sessions on its establishment's school days, by month. */
    private static Map<LocalDate, AttendanceCode[]> sessions(DemoPopulation.PlannedRegistration r, List<LocalDate> days,
            LocalDate from, LocalDate today, PupilDays p) {
        LocalDate awayFrom = days.size() > 11 ? days.get(days.size() - 11) : from;
        LocalDate silentFrom = days.size() > 3 ? days.get(days.size() - 3) : from;
        var byMonth = new HashMap<LocalDate, AttendanceCode[]>();
        for (var day : days) {
            if (day.isBefore(r.startsOn()) || r.endsOn() != null && !day.isBefore(r.endsOn())) {
                continue;
            }
            if (p.goneSilent() && !day.isBefore(silentFrom)) {
                continue;
            }
            var row = byMonth.computeIfAbsent(day.withDayOfMonth(1), m -> new AttendanceCode[62]);
            int at = (day.getDayOfMonth() - 1) * 2;
            var pupil = p.random();
            AttendanceCode absence = pupil.nextDouble() < p.profile().absence()
                    ? (pupil.nextDouble() < p.profile().unauthorised() ? pick(UNAUTHORISED, pupil) : pick(AUTHORISED, pupil))
                    : null;
            if (p.away() && !day.isBefore(awayFrom)) {
                absence = AttendanceCode.OTHER_UNAUTHORISED;
            }
            row[at] = absence != null ? absence : AttendanceCode.PRESENT_AM;
            row[at + 1] = absence != null ? absence : AttendanceCode.PRESENT_PM;
            if (p.dual()) {
                // At the AP in the mornings, at school in the afternoons.
                row[p.ap() ? at + 1 : at] = AttendanceCode.DUAL_REGISTERED;
            }
            if (p.partTime() && day.isAfter(today.minusWeeks(4))) {
                row[at + 1] = AttendanceCode.PART_TIME_TIMETABLE;
            }
        }
        return byMonth;
    }

    /** The part-time timetables the demo's C2 marks follow: mornings only, one past its review. */
    private void recordTimetables(List<Integer> timetabled, List<UUID> ids, UUID establishment, LocalDate today,
            RejoinUser system) {
        int mornings = 0;
        for (int d = 1; d <= 5; d++) {
            mornings |= 1 << PartTimeTimetable.bit(DayOfWeek.of(d), Session.AM);
        }
        for (int i = 0; i < timetabled.size(); i++) {
            LocalDate starts = today.minusWeeks(4).plusDays(1);
            hours.recordTimetable(new NewTimetable(ids.get(timetabled.get(i)), establishment, starts,
                    today.plusWeeks(i == 0 ? 1 : 3), i == 0 ? today.minusDays(3) : today.plusDays(4),
                    i == 0 ? "Anxiety after a long illness: building back up with mornings in the learning support base."
                            : "Phased return after a suspension, agreed with the family at the reintegration meeting.",
                    mornings), system);
        }
    }

    private List<LocalDate> days(UUID establishment, LocalDate from, LocalDate to) {
        try {
            var days = calendar.forEstablishment(establishment);
            return from.datesUntil(to.plusDays(1)).filter(days::isSchoolDay).toList();
        }
        catch (CalendarNotDefinedException e) {
            return List.of();
        }
    }

    private static AttendanceCode pick(AttendanceCode[] codes, Random random) {
        return codes[random.nextInt(codes.length)];
    }
}
