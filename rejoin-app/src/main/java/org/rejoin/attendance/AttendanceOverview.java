package org.rejoin.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Attendance gathered up (ADR 15): the LA's persistent and severe absence by school, year
 * group and pupil group; an establishment's rates against the LA's; the termly targeting support list.
 * Persistent and severe absence are counted per enrolment, as docs/rules/attendance.md says.
 */
public interface AttendanceOverview {

    /** A period the figures cover. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** The current term so far (the academic year so far where no term dates are entered). */
    Period thisTerm();

    /** The academic year so far. */
    Period thisYear();

    /** Rates over a set of enrolments. */
    record Rates(int enrolments, int possible, int absent, int persistent, int severe) {

        public static Rates of(Collection<AttendanceFigures> figures) {
            int possible = 0;
            int absent = 0;
            int persistent = 0;
            int severe = 0;
            int counted = 0;
            for (var f : figures) {
                if (f.possible() == 0) {
                    continue;
                }
                counted++;
                possible += f.possible();
                absent += f.authorised() + f.unauthorised();
                persistent += f.persistentAbsence() ? 1 : 0;
                severe += f.severeAbsence() ? 1 : 0;
            }
            return new Rates(counted, possible, absent, persistent, severe);
        }

        public double attendancePercent() {
            return possible == 0 ? 0 : Math.round(1000.0 - absent * 1000.0 / possible) / 10.0;
        }

        public double persistentPercent() {
            return enrolments == 0 ? 0 : Math.round(persistent * 1000.0 / enrolments) / 10.0;
        }

        public double severePercent() {
            return enrolments == 0 ? 0 : Math.round(severe * 1000.0 / enrolments) / 10.0;
        }
    }

    /** A row of a breakdown: an establishment, a year group or a pupil group ({@code key} names it). */
    record Row(String key, String label, Rates rates) {
    }

    /** The LA page, as worked out at a moment (figures for every pupil in the LA are kept for a few minutes). */
    record LocalAuthority(Period period, Rates all, List<Row> bySchool, List<Row> byYearGroup, List<Row> byPupilGroup,
            Instant workedOutAt) {
    }

    /** The LA page's figures: LA staff. */
    LocalAuthority localAuthority(Period period, RejoinUser user);

    /** A pupil with alerts at an establishment, newest first. */
    record Alerted(UUID childId, String name, List<Raised> alerts) {
    }

    /** An alert as raised: its kind, the day its episode began, and when. */
    record Raised(AlertKind kind, LocalDate episode, Instant raisedAt) {
    }

    /** A pupil on the roll with no marks from the establishment lately. */
    record Unmarked(UUID childId, String name, LocalDate lastMarkedOn) {
    }

    /**
     * An establishment's attendance on its page.
     *
     * @param lastMarkedOn the latest day the establishment sent any mark for; null when never
     * @param unmarked pupils on the roll with no mark on any of the last school days
     *        ({@link AttendanceProperties#providerSilenceDays()}): the provider submission status
     */
    record Establishment(Period period, Rates rates, Rates localAuthority, List<Alerted> alerts, LocalDate lastMarkedOn,
            int onRoll, List<Unmarked> unmarked) {
    }

    /** An establishment's view: its own users and LA staff. */
    Establishment establishment(UUID establishmentId, Period period, RejoinUser user);

    /** A pupil on the targeting support list: persistently absent at the establishment in the period. */
    record Target(UUID childId, String upn, String name, LocalDate dateOfBirth, Integer yearGroup, AttendanceFigures figures,
            List<AlertKind> alerts) {
    }

    /** The targeting support list for the termly meeting with a school, worst first: its own users and LA staff. */
    List<Target> targeting(UUID establishmentId, Period period, RejoinUser user);
}
