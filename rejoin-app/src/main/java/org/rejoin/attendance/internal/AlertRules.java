package org.rejoin.attendance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.rejoin.attendance.AlertKind;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceCode.Category;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.PartTimeTimetable;

/**
 * The attendance alerts of docs/rules/attendance.md, worked out from one pupil's marks at one establishment: a pure
 * function of the school days (holidays and INSET days are not in the list, so they neither count
 * nor break a run), the marks on them, and the LA's thresholds. Each alert names its episode (the
 * day it began), so that it is raised once however often the marks are read again.
 */
final class AlertRules {

    private AlertRules() {
    }

    /** A school day and its marks; a code is null when no mark has come. */
    record Day(LocalDate date, AttendanceCode am, AttendanceCode pm) {

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

    /** An alert found: its kind, the day its episode began, and the evidence in words and marks. */
    record Found(AlertKind kind, LocalDate episode, String evidence) {
    }

    /**
     * @param year the school days of the academic year up to and including today, in order
     * @param surveyFrom the first day of the survey period (the current term)
     * @param lookedAfter whether the child is looked after now
     * @param placed whether the establishment is an alternative provider the child is placed with
     */
    static List<Found> evaluate(List<Day> year, LocalDate surveyFrom, LocalDate today, boolean lookedAfter, boolean placed,
            AttendanceProperties p) {
        var found = new ArrayList<Found>();
        continuousUnauthorised(year, p, found);
        illness(year, p, found);
        penalty(year, p, found);
        notEstablished(year, today, p, found);
        int first = 0;
        while (first < year.size() && year.get(first).date().isBefore(surveyFrom)) {
            first++;
        }
        var survey = year.subList(first, year.size());
        lowAttendance(survey, surveyFrom, p, found);
        if (lookedAfter) {
            lookedAfterAbsent(survey, surveyFrom, p, found);
        }
        if (placed) {
            providerSilent(year, today, p, found);
        }
        return found;
    }

    /** docs/rules/attendance.md, the absence return: N continuous school days absent without authorisation. */
    private static void continuousUnauthorised(List<Day> days, AttendanceProperties p, List<Found> found) {
        int run = 0;
        for (int i = 0; i < days.size(); i++) {
            run = days.get(i).unauthorisedAllDay() ? run + 1 : 0;
            if (run == p.continuousUnauthorisedDays()) {
                var from = days.get(i - run + 1);
                found.add(new Found(AlertKind.CONTINUOUS_UNAUTHORISED, from.date(), run
                        + " continuous school days absent without authorisation, " + from.date() + " to "
                        + days.get(i).date() + ": " + marks(days.subList(i - run + 1, i + 1))));
            }
        }
    }

    /** docs/rules/attendance.md, the sickness return: N school days of illness in the academic year, consecutive or not. */
    private static void illness(List<Day> days, AttendanceProperties p, List<Found> found) {
        int sessions = 0;
        for (var d : days) {
            sessions += d.count(c -> c == AttendanceCode.ILLNESS);
            if (sessions >= p.illnessDays() * 2) {
                found.add(new Found(AlertKind.ILLNESS, days.get(0).date(), sessions / 2 + " school days of illness (" + sessions
                        + " sessions marked I) this academic year, reaching " + p.illnessDays() + " on " + d.date()
                        + ": consider the section 19 duty"));
                return;
            }
        }
    }

    /**
     * The national framework for penalty notices (docs/rules/attendance.md): N unauthorised sessions
     * within a rolling window of school weeks. After an alert the count starts again and no other is
     * raised within the same number of weeks: penalty notices are few (two per parent per child in
     * three years), and a pupil away for weeks is already referred.
     */
    private static void penalty(List<Day> days, AttendanceProperties p, List<Found> found) {
        int window = p.penaltyWeeks() * 5;
        int[] perDay = new int[days.size()];
        for (int i = 0; i < days.size(); i++) {
            perDay[i] = days.get(i).count(c -> c.category() == Category.UNAUTHORISED);
        }
        int start = 0;
        int sessions = 0;
        int quietUntil = -1;
        for (int i = 0; i < days.size(); i++) {
            sessions += perDay[i];
            while (i - start >= window) {
                sessions -= perDay[start++];
            }
            if (sessions >= p.penaltySessions() && i > quietUntil) {
                found.add(new Found(AlertKind.PENALTY_THRESHOLD, days.get(i).date(), sessions
                        + " unauthorised sessions between " + days.get(start).date() + " and " + days.get(i).date()
                        + " (within " + p.penaltyWeeks() + " school weeks): consider a penalty notice"));
                start = i + 1;
                sessions = 0;
                quietUntil = i + window;
            }
        }
    }

    /**
     * docs/rules/attendance.md: an N must be replaced within N school days. One alert names every N left too long,
     * its episode the earliest: a school chasing one pupil's reasons gets one task, not one a day. The last
     * permitted day is the Nth school day after the N, and the school has all of it: an N is late only once
     * that day has ended before today.
     */
    private static void notEstablished(List<Day> days, LocalDate today, AttendanceProperties p, List<Found> found) {
        var late = new ArrayList<LocalDate>();
        int last = days.size() - 1;
        while (last >= 0 && !days.get(last).date().isBefore(today)) {
            last--;
        }
        // The days whose last permitted day (N school days later) is a day before today.
        for (int i = 0; i <= last - p.unexplainedDays(); i++) {
            var d = days.get(i);
            if (d.count(c -> c == AttendanceCode.REASON_NOT_ESTABLISHED) > 0) {
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
                        + " school days since " + surveyFrom + ", reaching " + p.lookedAfterDays() + " on " + d.date()));
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
            found.add(new Found(AlertKind.TIMETABLE_PAST_END, t.plannedEndOn(), "Part-time timetable since " + t.startsOn()
                    + " (" + t.sessionsPerWeek() + " sessions a week) was to end on " + t.plannedEndOn()
                    + " and is still running: " + t.reason()));
        }
        else if (today.isAfter(t.reviewOn())) {
            found.add(new Found(AlertKind.TIMETABLE_REVIEW_DUE, t.reviewOn(), "Part-time timetable since " + t.startsOn()
                    + " (" + t.sessionsPerWeek() + " sessions a week) was due for review on " + t.reviewOn()
                    + "; planned end " + t.plannedEndOn()));
        }
        return found;
    }

    private static String marks(List<Day> days) {
        return days.stream().map(Day::marks).collect(Collectors.joining(" "));
    }
}
