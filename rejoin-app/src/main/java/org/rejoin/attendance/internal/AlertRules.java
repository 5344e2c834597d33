package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceCode.Category;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.PartTimeTimetable;
import org.rejoin.platform.Text;

/**
 * The attendance alerts of docs/rules/attendance.md: a pure function of the school days (holidays and
 * INSET days are not in the list, so they neither count nor break a run), the marks on them, and the
 * LA's thresholds. The absence return, the illness count and the penalty window follow the child
 * across schools and across the summer ({@link #child}, on {@link ChildDays}); the rest are a school's
 * own, one enrolment at a time ({@link #enrolment}). Each alert names its episode (the day it began),
 * so that it is raised once however often the marks are read again.
 */
final class AlertRules {

    private AlertRules() {
    }

    /**
     * A school day and its marks at an establishment; a code is null when no mark has come.
     *
     * @param afterGap whether the child was on no roll on some weekday between the day before and this one
     */
    record Day(LocalDate date, AttendanceCode am, AttendanceCode pm, UUID establishmentId, boolean afterGap) {

        /** A day of one enrolment, whose establishment the caller knows. */
        Day(LocalDate date, AttendanceCode am, AttendanceCode pm) {
            this(date, am, pm, null, false);
        }

        Day(LocalDate date, AttendanceCode am, AttendanceCode pm, UUID establishmentId) {
            this(date, am, pm, establishmentId, false);
        }

        /** The same day, after a spell on no roll. */
        Day followingGap() {
            return new Day(date, am, pm, establishmentId, true);
        }

        /** How many of the day's two marks match: a loop, not a stream, as the morning scan asks this of every day of every pupil. */
        int count(java.util.function.Predicate<AttendanceCode> test) {
            return (am != null && test.test(am) ? 1 : 0) + (pm != null && test.test(pm) ? 1 : 0);
        }

        boolean unauthorisedAllDay() {
            return am != null && pm != null && am.category() == Category.UNAUTHORISED && pm.category() == Category.UNAUTHORISED;
        }

        boolean unmarked() {
            return am == null && pm == null;
        }

        String marks() {
            return (am == null ? "-" : am.mark()) + (pm == null ? "-" : pm.mark());
        }
    }

    /**
     * An alert found: its kind, the day its episode began, the evidence in words and marks, and the
     * establishment of the day it was reached (null for an enrolment's own alerts: that enrolment's).
     */
    record Found(AlertKind kind, LocalDate episode, String evidence, UUID establishmentId) {

        Found(AlertKind kind, LocalDate episode, String evidence) {
            this(kind, episode, evidence, null);
        }
    }

    /**
     * The alerts that follow the child: the absence return, the illness count and the penalty window,
     * over the child's school days at all their schools ({@link ChildDays#merge}).
     *
     * @param days the child's school days up to today, reaching back before {@code yearStart} far
     *     enough to hold a whole penalty window, so that nothing starts again on 1 August
     * @param yearStart the first day of the academic year: only alerts reached from then are found
     *     (those before were found last year), and illness counts from then
     * @param earlierPenalties the days of the child's penalty alerts already raised: each starts the
     *     count again and quietens the window, as one found here does
     * @param expected school days of illness still to come this year that an officer recorded, or null
     */
    static List<Found> child(List<Day> days, LocalDate yearStart, List<LocalDate> earlierPenalties, Expected expected,
            AttendanceProperties p) {
        var found = new ArrayList<Found>();
        continuousUnauthorised(days, yearStart, p, found);
        illness(days.subList(firstFrom(days, yearStart), days.size()), yearStart, expected, p, found);
        PenaltyWindow.find(days, yearStart, earlierPenalties, p, found);
        return found;
    }

    /**
     * A school's own alerts for one enrolment.
     *
     * @param days the enrolment's school days up to today, reaching back before {@code yearStart} as
     *     {@link #child}'s do: an N left at the end of July is late in September
     * @param surveyFrom the first day of the survey period (the current term)
     * @param lookedAfter whether the child is looked after now
     * @param placed whether the establishment is an alternative provider the child is placed with
     */
    static List<Found> enrolment(List<Day> days, LocalDate yearStart, LocalDate surveyFrom, LocalDate today,
            boolean lookedAfter, boolean placed, AttendanceProperties p) {
        var found = new ArrayList<Found>();
        notEstablished(days, yearStart, today, p, found);
        var year = days.subList(firstFrom(days, yearStart), days.size());
        var survey = year.subList(firstFrom(year, surveyFrom), year.size());
        lowAttendance(survey, surveyFrom, p, found);
        if (lookedAfter) {
            lookedAfterAbsent(survey, surveyFrom, p, found);
        }
        if (placed) {
            providerSilent(year, today, p, found);
        }
        return found;
    }

    /** The index of the first day on or after {@code from}. */
    private static int firstFrom(List<Day> days, LocalDate from) {
        int first = 0;
        while (first < days.size() && days.get(first).date().isBefore(from)) {
            first++;
        }
        return first;
    }

    /**
     * docs/rules/attendance.md, the absence return: N continuous school days absent without authorisation,
     * a run that a holiday or a change of school does not break. Reached before {@code reportFrom}, it was
     * found then.
     */
    private static void continuousUnauthorised(List<Day> days, LocalDate reportFrom, AttendanceProperties p,
            List<Found> found) {
        int run = 0;
        for (int i = 0; i < days.size(); i++) {
            // A spell on no roll between two schools breaks the run: the child was not absent from a school then.
            run = days.get(i).unauthorisedAllDay() ? (days.get(i).afterGap() ? 1 : run + 1) : 0;
            if (run == p.continuousUnauthorisedDays() && !days.get(i).date().isBefore(reportFrom)) {
                var from = days.get(i - run + 1);
                found.add(new Found(AlertKind.CONTINUOUS_UNAUTHORISED, from.date(), run
                        + " continuous school days absent without authorisation, " + Text.date(from.date()) + " to "
                        + Text.date(days.get(i).date()) + ": " + marks(days.subList(i - run + 1, i + 1)), days.get(i).establishmentId()));
            }
        }
    }

    /**
     * School days of an expected absence through illness still to come this academic year, not yet
     * marked, what the officer recorded, in words, and the child's school now.
     */
    record Expected(int schoolDays, String recorded, UUID establishmentId) {
    }

    /**
     * docs/rules/attendance.md, the sickness return: N school days of illness in the academic year, consecutive or not,
     * at all the child's schools; or, as soon as it is clear, the days marked so far and those expected still to come.
     */
    private static void illness(List<Day> days, LocalDate yearStart, Expected expected, AttendanceProperties p,
            List<Found> found) {
        int sessions = 0;
        for (var d : days) {
            sessions += d.count(c -> c == AttendanceCode.ILLNESS);
            if (sessions >= p.illnessDays() * 2) {
                found.add(new Found(AlertKind.ILLNESS, days.get(0).date(), sessions / 2 + " school days of illness (" + sessions
                        + " sessions marked I) this academic year, reaching " + p.illnessDays() + " on " + d.date()
                        + ": consider the section 19 duty", d.establishmentId()));
                return;
            }
        }
        if (expected != null && sessions + expected.schoolDays() * 2 >= p.illnessDays() * 2) {
            found.add(new Found(AlertKind.ILLNESS, days.isEmpty() ? yearStart : days.get(0).date(), sessions / 2
                    + " school days of illness so far this"
                    + " academic year (" + sessions + " sessions marked I) and " + expected.schoolDays() + " more expected ("
                    + expected.recorded() + "): it is clear the child will miss " + p.illnessDays() + " school days:"
                    + " consider the section 19 duty now", expected.establishmentId()));
        }
    }

    /**
     * docs/rules/attendance.md: an N must be replaced within N school days. One alert names every N left too long,
     * its episode the earliest: a school chasing one pupil's reasons gets one task, not one a day. The last
     * permitted day is the Nth school day after the N, and the school has all of it: an N is late only once
     * that day has ended before today.
     */
    private static void notEstablished(List<Day> days, LocalDate reportFrom, LocalDate today, AttendanceProperties p,
            List<Found> found) {
        var late = new ArrayList<LocalDate>();
        int last = days.size() - 1;
        while (last >= 0 && !days.get(last).date().isBefore(today)) {
            last--;
        }
        // The days whose last permitted day (N school days later) is a day before today; one that ended
        // before reportFrom was found then, and one that runs on across the summer is late in September.
        for (int i = 0; i <= last - p.unexplainedDays(); i++) {
            var d = days.get(i);
            if (d.count(c -> c == AttendanceCode.REASON_NOT_ESTABLISHED) > 0
                    && !days.get(i + p.unexplainedDays()).date().isBefore(reportFrom)) {
                late.add(d.date());
            }
        }
        if (!late.isEmpty()) {
            found.add(new Found(AlertKind.REASON_NOT_ESTABLISHED, late.get(0), "N (reason not yet established) not replaced"
                    + " within " + p.unexplainedDays() + " school days, on " + late.size() + (late.size() == 1 ? " day: " : " days: ")
                    + late.stream().limit(10).map(LocalDate::toString).collect(Collectors.joining(", "))
                    + (late.size() > 10 ? " and more" : "")));
        }
    }

    /**
     * A survey needs a school week of possible sessions (ADR 14): one absent morning on the first day of
     * term is not "attendance below 50%".
     */
    static final int SURVEY_MINIMUM_SESSIONS = 10;

    /** Local policy (docs/rules/attendance.md): attendance below the threshold over the survey period, once there is a week to judge. */
    private static void lowAttendance(List<Day> survey, LocalDate surveyFrom, AttendanceProperties p, List<Found> found) {
        int possible = 0;
        int absent = 0;
        for (var d : survey) {
            possible += d.count(c -> c.category().isPossible());
            absent += d.count(c -> c.category().isAbsence());
        }
        if (possible >= SURVEY_MINIMUM_SESSIONS && 100.0 * (possible - absent) / possible < p.surveyThreshold()) {
            found.add(new Found(AlertKind.LOW_ATTENDANCE, surveyFrom, String.format(java.util.Locale.ROOT,
                    "Attendance %.1f%% since %s (%d of %d possible sessions missed), below %.0f%%",
                    100.0 * (possible - absent) / possible, surveyFrom, absent, possible, p.surveyThreshold())));
        }
    }

    /** Local policy (docs/rules/attendance.md): a looked-after child absent N school days in the survey period. */
    private static void lookedAfterAbsent(List<Day> survey, LocalDate surveyFrom, AttendanceProperties p, List<Found> found) {
        int sessions = 0;
        for (var d : survey) {
            sessions += d.count(c -> c.category().isAbsence());
            if (sessions >= p.lookedAfterDays() * 2) {
                found.add(new Found(AlertKind.LOOKED_AFTER_ABSENT, surveyFrom, "A looked-after child absent " + sessions / 2
                        + " school days since " + Text.date(surveyFrom) + ", reaching " + p.lookedAfterDays() + " on " + Text.date(d.date())));
                return;
            }
        }
    }

    /** No marks from a provider for a placed pupil on the last N school days before today. */
    private static void providerSilent(List<Day> days, LocalDate today, AttendanceProperties p, List<Found> found) {
        var before = days.stream().filter(d -> d.date().isBefore(today)).toList();
        if (before.size() < p.providerSilenceDays()) {
            return;
        }
        var last = before.subList(before.size() - p.providerSilenceDays(), before.size());
        if (last.stream().allMatch(Day::unmarked)) {
            // The silence began on the first unmarked day of the run that ends yesterday.
            int first = before.size() - 1;
            while (first > 0 && before.get(first - 1).unmarked()) {
                first--;
            }
            found.add(new Found(AlertKind.PROVIDER_SILENT, before.get(first).date(), "No marks from the provider since "
                    + before.get(first).date() + " (" + (before.size() - first) + " school days)"));
        }
    }

    /**
     * docs/rules/attendance.md: a part-time timetable is time-limited and reviewed. One still running after its
     * review date or its planned end is an alert, its episode that date: a review recorded sets a new
     * date, and so a new episode.
     */
    static List<Found> timetable(PartTimeTimetable t, LocalDate today) {
        var found = new ArrayList<Found>();
        if (!t.isOpen()) {
            return found;
        }
        if (today.isAfter(t.plannedEndOn())) {
            found.add(new Found(AlertKind.TIMETABLE_PAST_END, t.plannedEndOn(), "Part-time timetable since " + Text.date(t.startsOn())
                    + " (" + t.sessionsPerWeek() + " sessions a week) was to end on " + Text.date(t.plannedEndOn())
                    + " and is still running: " + t.reason()));
        }
        else if (today.isAfter(t.reviewOn())) {
            found.add(new Found(AlertKind.TIMETABLE_REVIEW_DUE, t.reviewOn(), "Part-time timetable since " + Text.date(t.startsOn())
                    + " (" + t.sessionsPerWeek() + " sessions a week) was due for review on " + Text.date(t.reviewOn())
                    + "; planned end " + Text.date(t.plannedEndOn())));
        }
        return found;
    }

    private static String marks(List<Day> days) {
        return days.stream().map(Day::marks).collect(Collectors.joining(" "));
    }
}
