package org.rejoin.attendance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rejoin.access.RejoinActor;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfAttendanceReceived;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;
import org.rejoin.platform.Text;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The attendance year data of an imported Common Transfer File, as marks (route {@code CTF};
 * ADR 16). A year's {@code AttendanceMarks} hold two sessions a calendar day, morning then afternoon,
 * from its {@code AttendanceStartDate}, each a code as registers write it ({@link #sessions}); {@code -}
 * is a session with no mark. Only the marks of a school
 * Rejoin holds are taken, and of those only the school days (in that school's calendar) on which the
 * child was on its roll in Rejoin, up to today: the rest of the year stays as the file's figures. A
 * session on such a day that is not a national code refuses the whole file, naming the session and its
 * day.
 */
@Component
class CtfMarks {

    /** What a register writes for a session not yet marked. */
    private static final String NO_MARK = "-";

    private final AttendanceMarks marks;
    private final Organisations organisations;
    private final Registrations registrations;
    private final SchoolCalendar calendar;
    private final RejoinActor actor;
    private final Clock clock;

    CtfMarks(AttendanceMarks marks, Organisations organisations, Registrations registrations, SchoolCalendar calendar,
            RejoinActor actor, Clock clock) {
        this.marks = marks;
        this.organisations = organisations;
        this.registrations = registrations;
        this.calendar = calendar;
        this.actor = actor;
        this.clock = clock;
    }

    @EventListener
    void on(CtfAttendanceReceived received) {
        LocalDate today = LocalDate.now(clock);
        var taken = new ArrayList<NewMark>();
        var problems = new ArrayList<FieldError>();
        var years = received.years();
        for (int j = 0; j < years.size(); j++) {
            var year = years.get(j);
            if (year.marks() == null || year.marks().isEmpty() || year.marksFrom() == null) {
                continue;
            }
            var school = school(year).orElse(null);
            if (school == null) {
                continue;
            }
            String field = received.pupil() + "/Attendance/YearData" + (years.size() > 1 ? "[" + (j + 1) + "]" : "")
                    + "/AttendanceMarks";
            var sessions = sessions(year.marks());
            LocalDate to = year.marksFrom().plusDays((sessions.size() - 1) / 2);
            List<Enrolment> spells = actor.act(rejoin -> registrations.enrolmentsOf(
                    List.of(received.childId()), year.marksFrom(), to)).stream()
                    .filter(e -> e.establishmentId().equals(school.id())).toList();
            SchoolDays days = calendar.forEstablishment(school.id());
            for (int i = 0; i < sessions.size(); i++) {
                String mark = sessions.get(i);
                LocalDate date = year.marksFrom().plusDays(i / 2);
                Session session = i % 2 == 0 ? Session.AM : Session.PM;
                var spell = spells.stream().filter(e -> e.covers(date)).findFirst();
                if (mark.equals(NO_MARK) || date.isAfter(today) || spell.isEmpty() || !isSchoolDay(days, date)) {
                    continue;
                }
                var code = AttendanceCode.ofMark(mark);
                if (code == null) {
                    problems.add(new FieldError(field, "Session " + (i + 1) + " (" + school.name() + ", the "
                            + (session == Session.AM ? "morning" : "afternoon") + " of " + Text.date(date) + ") is '" + mark
                            + "', which is not a national attendance code"));
                    continue;
                }
                taken.add(new NewMark(spell.get().childId().toString(), school.urn(), date, session, code.mark()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!taken.isEmpty()) {
            marks.load(taken, "CTF", received.by());
        }
    }

    /**
     * The attendance string as sessions, in order: each a national code as registers write it, or
     * {@code -} for no mark. The 2024 codes include two-character ones (C1, C2, J1, Y1 to Y7); since no
     * code is a digit, a letter followed by a digit is one two-character code and the string reads one way
     * only (docs/rules/rolls.md, which says where this follows the specification).
     */
    static List<String> sessions(String marks) {
        var sessions = new ArrayList<String>(marks.length());
        for (int i = 0; i < marks.length(); i++) {
            if (i + 1 < marks.length() && Character.isDigit(marks.charAt(i + 1)) && !Character.isDigit(marks.charAt(i))) {
                sessions.add(marks.substring(i, i + 2));
                i++;
            }
            else {
                sessions.add(String.valueOf(marks.charAt(i)));
            }
        }
        return sessions;
    }

    /** The school a year's data names, when Rejoin holds it. */
    private Optional<Establishment> school(Ctf.AttendanceYear year) {
        return organisations.allEstablishments(new EstablishmentSearch(year.la() + year.estab(), null, false)).stream()
                .filter(e -> year.la().equals(e.laCode()) && year.estab().equals(e.establishmentNumber())).findFirst();
    }

    /** A day outside the LA's term dates is not one Rejoin can count, so it is not taken. */
    private static boolean isSchoolDay(SchoolDays days, LocalDate date) {
        try {
            return days.isSchoolDay(date);
        }
        catch (CalendarNotDefinedException noTermDates) {
            return false;
        }
    }
}
