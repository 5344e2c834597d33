package org.rejoin.attendance;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Session marks in, and the figures they make (docs/rules/attendance.md). A school or provider sends marks for its
 * own pupils; LA staff for any establishment.
 */
public interface AttendanceMarks {

    /**
     * Records marks. Every mark is checked first: a code that is not national, a date in the future, a
     * pupil not on the sender's roll that day; any problem refuses the whole load, naming each row and
     * what was wrong, and nothing is written. A mark sent again replaces the earlier one, and a change
     * is kept (who, when, old, new).
     *
     * @param route how the marks came: {@code API}, {@code CSV}, {@code REGISTER}
     * @throws org.rejoin.platform.InvalidInputException naming each row that breaks a rule
     */
    MarkLoad load(List<NewMark> marks, String route, RejoinUser user);

    /**
     * Records marks from a CSV with the header {@code upn_or_child_id,establishment_urn,date,session,code}
     * (dates as 2026-09-03 or 03/09/2026), all or nothing as {@link #load}.
     */
    MarkLoad loadCsv(InputStream csv, RejoinUser user);

    /**
     * Records whole months of marks at once with PostgreSQL COPY, for generated populations (the demo
     * LA): the caller vouches that each pupil was on the roll; each pupil gets one audit entry. Months
     * already held are replaced.
     */
    void loadAll(List<PupilMonth> months, RejoinUser by);

    /** A pupil's month at an establishment: {@code sessions} holds 62 codes, day d's morning at 2(d-1), null when unmarked. */
    record PupilMonth(UUID childId, UUID establishmentId, LocalDate month, AttendanceCode[] sessions) {
    }

    /**
     * Runs the alert scan of every enrolment as of a day (the morning scan runs it for today); returns
     * how many alerts were raised (LA admins).
     */
    int scanAlerts(LocalDate on, RejoinUser by);

    /** A child's figures at each establishment with marks from {@code from} to {@code to}: whoever may see the child. */
    List<AttendanceFigures> figures(UUID childId, LocalDate from, LocalDate to, RejoinUser user);

    /** The figures at each establishment of marks already read with {@link #marks}: nothing read twice. */
    List<AttendanceFigures> figures(List<MarkEntry> marks);

    /** A child's marks from {@code from} to {@code to}, by date and session: whoever may see the child. */
    List<MarkEntry> marks(UUID childId, LocalDate from, LocalDate to, RejoinUser user);

    /**
     * Every pupil's figures at every establishment from {@code from} to {@code to}, read in one pass
     * over the month rows: LA staff (the LA attendance page, the termly targeting support lists).
     */
    List<PupilFigures> figuresForAll(LocalDate from, LocalDate to, RejoinUser user);

    /** One pupil's figures at one establishment. */
    record PupilFigures(UUID childId, AttendanceFigures figures) {
    }

    /** The attendance alerts raised for a child, newest first: whoever may see the child. */
    List<Alert> alerts(UUID childId, RejoinUser user);

    /** An alert as raised. */
    record Alert(AlertKind kind, UUID establishmentId, String establishmentName, java.time.LocalDate episode,
            String evidence, java.time.Instant raisedAt) {
    }

    /**
     * The register of a day: every pupil on the establishment's roll that day, by name, with the marks
     * already sent: its own users (a provider its placed pupils) and LA staff.
     */
    List<RegisterEntry> register(UUID establishmentId, LocalDate date, RejoinUser user);

    /** A pupil on a day's register; a code is null when not yet marked. */
    record RegisterEntry(UUID childId, String name, String upn, LocalDate dateOfBirth, AttendanceCode am, AttendanceCode pm) {
    }

    /** A mark as held. */
    record MarkEntry(UUID establishmentId, LocalDate date, Session session, AttendanceCode code) {
    }
}
