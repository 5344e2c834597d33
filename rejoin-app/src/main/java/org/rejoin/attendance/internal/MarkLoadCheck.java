package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.organisations.Establishment;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Registrations.Enrolment;
import org.rejoin.platform.Text;

import org.springframework.security.access.AccessDeniedException;

/**
 * A load of marks checked whole before anything is written: every mark names an establishment the
 * sender acts for, a pupil, a date not in the future, a session and a national code
 * (docs/rules/attendance.md), and its pupil is on that establishment's roll on the day. Every
 * problem is named at once, by row. A mark on a day that is not a school day at the establishment is
 * not a problem that stops the load but is not written either: it is set aside and reported
 * ({@code #}, a planned closure, is kept). Plain Java: what it reads comes through {@link Lookups}.
 */
final class MarkLoadCheck {

    /** Problems listed before the rest are counted: enough to fix a file, not a page of a million lines. */
    static final int MAX_PROBLEMS = 100;
    private static final Comparator<FieldError> BY_ROW = Comparator.comparingLong(
            p -> p.field().startsWith("row ") ? Long.parseLong(p.field().substring(4)) : Long.MAX_VALUE);

    /** What the check reads. */
    interface Lookups {

        Optional<Establishment> establishment(int urn);

        boolean actsFor(UUID establishmentId);

        /** Every enrolment at these establishments overlapping the days. */
        List<Enrolment> enrolments(Collection<UUID> establishmentIds, LocalDate from, LocalDate to);

        /** Whether the day is a school day at the establishment; null when its term dates are not known. */
        Boolean isSchoolDay(UUID establishmentId, LocalDate date);
    }

    /** The marks to write, and why others were set aside. */
    record Checked(List<Resolved> marks, int ignored, List<String> notes) {
    }

    /** A mark checked and resolved: whose, where, and on which session. */
    record Resolved(UUID childId, UUID establishmentId, LocalDate date, Session session, AttendanceCode code) {

        LocalDate month() {
            return date.withDayOfMonth(1);
        }

        int offset() {
            return MonthMarks.offset(date, session);
        }
    }

    private record Pupil(Object upnOrChildId, UUID establishmentId) {
    }

    private final LocalDate today;
    private final int firstRow;
    private final Lookups lookups;
    private final List<FieldError> problems;
    private final Map<Integer, Establishment> establishments = new HashMap<>();
    private final Set<Integer> unknown = new HashSet<>();
    private LocalDate from;
    private LocalDate to;
    private int ignored;
    private final Map<SchoolDay, Boolean> schoolDays = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param firstRow the number the first mark's problems are given: 1 in a batch, 2 in a CSV (its header is line 1)
     * @param unreadable problems found reading the rows (a CSV's); a row that could not be read is null
     */
    MarkLoadCheck(LocalDate today, int firstRow, List<FieldError> unreadable, Lookups lookups) {
        this.today = today;
        this.firstRow = firstRow;
        this.lookups = lookups;
        this.problems = new ArrayList<>(unreadable);
    }

    /**
     * The marks, resolved to their pupils.
     *
     * @throws InvalidInputException naming every problem, by row
     * @throws AccessDeniedException for marks of an establishment the sender does not act for
     */
    Checked check(List<NewMark> marks) {
        if (marks == null || marks.isEmpty()) {
            throw new InvalidInputException("marks", "Send at least one mark");
        }
        for (int i = 0; i < marks.size(); i++) {
            checkRow(marks.get(i), "row " + (i + firstRow));
        }
        var resolved = resolve(marks);
        if (!problems.isEmpty()) {
            problems.sort(BY_ROW);
            var shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(new FieldError("marks", "and " + (problems.size() - MAX_PROBLEMS) + " more problems"));
            }
            throw new InvalidInputException(shown);
        }
        return new Checked(resolved, ignored, notes);
    }

    private void checkRow(NewMark m, String row) {
        if (m == null) {
            if (problems.stream().noneMatch(p -> p.field().equals(row))) {
                problems.add(new FieldError(row, "is empty"));
            }
            return;
        }
        checkEstablishment(m.establishmentUrn(), row);
        if (m.upnOrChildId() == null || m.upnOrChildId().isBlank()) {
            problems.add(new FieldError(row, "names no pupil (a UPN or a child id)"));
        }
        if (m.date() == null) {
            problems.add(new FieldError(row, "has no date"));
        }
        else if (m.date().isAfter(today)) {
            problems.add(new FieldError(row, "is dated " + Text.date(m.date()) + ", in the future"));
        }
        else {
            from = from == null || m.date().isBefore(from) ? m.date() : from;
            to = to == null || m.date().isAfter(to) ? m.date() : to;
        }
        if (m.session() == null) {
            problems.add(new FieldError(row, "has no session: AM or PM"));
        }
        if (AttendanceCode.ofMark(m.code()) == null) {
            problems.add(new FieldError(row, codeProblem(m.code())));
        }
    }

    /** Each establishment is looked up and checked against the sender once. */
    private void checkEstablishment(Integer urn, String row) {
        if (urn == null) {
            problems.add(new FieldError(row, "names no establishment URN"));
            return;
        }
        if (establishments.containsKey(urn) || unknown.contains(urn)) {
            return;
        }
        var e = lookups.establishment(urn).orElse(null);
        if (e == null) {
            unknown.add(urn);
            problems.add(new FieldError(row, "no establishment has URN " + urn));
        }
        else if (!lookups.actsFor(e.id())) {
            throw new AccessDeniedException("Marks for " + e.name() + " are sent by " + e.name() + " itself, or LA staff");
        }
        else {
            establishments.put(urn, e);
        }
    }

    /** Each pupil must be on the sender's roll on the day of the mark. */
    private List<Resolved> resolve(List<NewMark> marks) {
        var enrolled = enrolled();
        var resolved = new ArrayList<Resolved>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            var m = marks.get(i);
            AttendanceCode code = m == null ? null : AttendanceCode.ofMark(m.code());
            if (code == null || m.date() == null || m.date().isAfter(today) || m.session() == null
                    || m.upnOrChildId() == null || !establishments.containsKey(m.establishmentUrn())) {
                continue;
            }
            var establishment = establishments.get(m.establishmentUrn());
            String pupil = m.upnOrChildId().trim();
            Enrolment enrolment = null;
            // A loop, not a stream: half a million marks a day come through here.
            for (var e : enrolled.getOrDefault(new Pupil(childIdOrUpn(pupil), establishment.id()), List.of())) {
                if (e.covers(m.date())) {
                    enrolment = e;
                    break;
                }
            }
            if (enrolment == null) {
                problems.add(new FieldError("row " + (i + firstRow), pupil + " is not on " + establishment.name()
                        + "'s roll on " + Text.date(m.date())));
                continue;
            }
            if (code != AttendanceCode.PLANNED_CLOSURE && !isSchoolDay(establishment.id(), m.date())) {
                if (ignored++ < MAX_PROBLEMS) {
                    notes.add("row " + (i + firstRow) + ": " + Text.date(m.date()) + " is " + notSchoolDay(m.date()) + " at "
                            + establishment.name() + ", not a school day: the mark was not recorded");
                }
                continue;
            }
            resolved.add(new Resolved(enrolment.childId(), establishment.id(), m.date(), m.session(), code));
        }
        return resolved;
    }

    /** Asked once for each establishment and day: half a million marks a day come through here. */
    private boolean isSchoolDay(UUID establishmentId, LocalDate date) {
        return schoolDays.computeIfAbsent(new SchoolDay(establishmentId, date),
                k -> !Boolean.FALSE.equals(lookups.isSchoolDay(establishmentId, date)));
    }

    private record SchoolDay(UUID establishmentId, LocalDate date) {
    }

    private static String notSchoolDay(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> "a Saturday";
            case SUNDAY -> "a Sunday";
            default -> "a holiday, bank holiday or INSET day";
        };
    }

    /** The enrolments over the load's days, by UPN and by child id. */
    private Map<Pupil, List<Enrolment>> enrolled() {
        var enrolled = new HashMap<Pupil, List<Enrolment>>();
        if (from == null || establishments.isEmpty()) {
            return enrolled;
        }
        for (var e : lookups.enrolments(establishments.values().stream().map(Establishment::id).toList(), from, to)) {
            if (e.upn() != null) {
                enrolled.computeIfAbsent(new Pupil(e.upn(), e.establishmentId()), k -> new ArrayList<>(1)).add(e);
            }
            enrolled.computeIfAbsent(new Pupil(e.childId(), e.establishmentId()), k -> new ArrayList<>(1)).add(e);
        }
        return enrolled;
    }

    /** A child id when the text is one, else the text in capitals as a UPN: no exception thrown per UPN of a large file. */
    static Object childIdOrUpn(String pupil) {
        if (pupil.length() == 36 && pupil.charAt(8) == '-') {
            try {
                return UUID.fromString(pupil);
            }
            catch (IllegalArgumentException notAnId) {
                // Not an id after all: looked up as a UPN below.
            }
        }
        return pupil.toUpperCase(Locale.ROOT);
    }

    /** What is wrong with a code that is not national (School Attendance (Pupil Registration) Regulations 2024). */
    static String codeProblem(String code) {
        return code == null || code.isBlank() ? "has no code" : "code '" + code + "' is not one of the national attendance codes of 2024";
    }
}
