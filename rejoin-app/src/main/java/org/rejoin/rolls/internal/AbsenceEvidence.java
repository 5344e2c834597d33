package org.rejoin.rolls.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.rejoin.rolls.RegisterMarks.Mark;
import org.rejoin.rolls.RegisterMarks.MarkKind;
import org.rejoin.rolls.RegisterMarks.MarkedDay;
import org.rejoin.platform.Text;

/**
 * What the school's marks, as Rejoin holds them, say of the absence a deletion under reg 9(1)(h) or
 * (i) of the School Attendance (Pupil Registration) (England) Regulations 2024 rests on
 * (docs/rules/rolls.md). Only unauthorised absence counts: any other mark (present, illness,
 * authorised absence, an unavoidable cause) is a reason the ground is not met. Plain Java.
 */
final class AbsenceEvidence {

    /** Reg 9(1)(i): continuously absent for not less than 20 school days. */
    static final int CONTINUOUS_SCHOOL_DAYS = 20;

    /** Reg 9(1)(h): failed to attend within the 10 school days immediately after the leave expired. */
    static final int SCHOOL_DAYS_AFTER_LEAVE = 10;

    /** How the register bears on the claim. */
    enum Verdict {
        /** The marks show it. */
        VERIFIED,
        /** Rejoin does not hold the marks that would show it: the school's word, shown to the LA as unverified. */
        UNVERIFIED,
        /** A mark Rejoin holds says otherwise. */
        CONTRADICTED
    }

    /** The verdict and, in a sentence, why. */
    record Finding(Verdict verdict, String detail) {
    }

    private AbsenceEvidence() {
    }

    /**
     * Ground (i): the unauthorised absence running back from the deletion date, over the school's school
     * days up to and including it ({@code days}, oldest first). School days at the end with no mark yet
     * are passed over; the run stops at the first other mark or the first day with none.
     *
     * @param absentFrom the first day of the absence as the school states it; needed only when the marks do not show 20 days
     */
    static Finding continuousAbsence(List<MarkedDay> allDays, LocalDate absentFrom) {
        var days = sessionsHeld(allDays);
        int end = days.size() - 1;
        while (end >= 0 && unmarked(days.get(end))) {
            end--;
        }
        int start = end + 1;
        while (start > 0 && allUnauthorised(days.get(start - 1))) {
            start--;
        }
        int run = end + 1 - start;
        if (run >= CONTINUOUS_SCHOOL_DAYS) {
            return new Finding(Verdict.VERIFIED, "The register shows " + run + " school days of unauthorised absence, "
                    + Text.date(days.get(start).day()) + " to " + Text.date(days.get(end).day()));
        }
        if (start > 0 && !unmarked(days.get(start - 1))) {
            var day = days.get(start - 1);
            return contradicted(day, run == 0 ? "" : ", after which the unauthorised absence runs " + run
                    + " school days, not " + CONTINUOUS_SCHOOL_DAYS);
        }
        if (absentFrom == null) {
            return new Finding(Verdict.UNVERIFIED, null);
        }
        var stated = days.stream().filter(d -> !d.day().isBefore(absentFrom)).toList();
        var other = stated.stream().filter(d -> marks(d).anyMatch(m -> m.kind() != MarkKind.UNAUTHORISED)).findFirst();
        if (other.isPresent()) {
            return contradicted(other.get(), "");
        }
        if (stated.size() < CONTINUOUS_SCHOOL_DAYS) {
            return new Finding(Verdict.CONTRADICTED, "From " + Text.date(absentFrom) + " to the deletion date is " + stated.size()
                    + " school days, not " + CONTINUOUS_SCHOOL_DAYS);
        }
        return new Finding(Verdict.UNVERIFIED, run == 0 ? "Rejoin holds no marks for these days: the dates are the school's"
                : "The register shows " + run + " school days of unauthorised absence up to " + Text.date(days.get(end).day())
                        + "; the rest, from " + Text.date(absentFrom) + ", is the school's word");
    }

    /**
     * Ground (h): the leave in the register as leave of absence, then no attendance in the 10 school
     * days after it ended, and the deletion not before the tenth of them. {@code days} are the school's
     * school days from the first day of the leave to the deletion date, oldest first.
     */
    static Finding afterLeave(List<MarkedDay> allDays, LocalDate leaveFrom, LocalDate leaveTo, LocalDate deletedOn) {
        var days = sessionsHeld(allDays);
        var onLeave = days.stream().filter(d -> !d.day().isBefore(leaveFrom) && !d.day().isAfter(leaveTo)).toList();
        for (var day : onLeave) {
            var other = marks(day).filter(m -> m.kind() != MarkKind.LEAVE).findFirst();
            if (other.isPresent()) {
                return new Finding(Verdict.CONTRADICTED, "The register shows " + other.get().code() + " on " + day.day()
                        + ", not leave of absence");
            }
        }
        var after = days.stream().filter(d -> d.day().isAfter(leaveTo)).limit(SCHOOL_DAYS_AFTER_LEAVE).toList();
        if (after.size() < SCHOOL_DAYS_AFTER_LEAVE) {
            return new Finding(Verdict.CONTRADICTED, "The leave ended on " + Text.date(leaveTo) + ": only " + after.size()
                    + " school days have passed by " + Text.date(deletedOn) + ", and ground (h) needs the pupil to have failed to"
                    + " attend within the " + SCHOOL_DAYS_AFTER_LEAVE + " school days after it");
        }
        for (var day : after) {
            if (marks(day).anyMatch(m -> m.kind() != MarkKind.UNAUTHORISED)) {
                return contradicted(day, "");
            }
        }
        boolean held = Stream.concat(onLeave.stream(), after.stream()).noneMatch(d -> d.am() == null || d.pm() == null);
        return held ? new Finding(Verdict.VERIFIED, "The register shows the leave from " + Text.date(leaveFrom) + " to " + Text.date(leaveTo)
                + " and unauthorised absence on the " + SCHOOL_DAYS_AFTER_LEAVE + " school days after it, to "
                + Text.date(after.get(after.size() - 1).day()))
                : new Finding(Verdict.UNVERIFIED, "Rejoin does not hold every mark from " + Text.date(leaveFrom) + " to "
                        + Text.date(after.get(after.size() - 1).day()) + ": the dates are partly the school's word");
    }

    private static Finding contradicted(MarkedDay day, String more) {
        var mark = marks(day).filter(m -> m.kind() != MarkKind.UNAUTHORISED).findFirst().orElseThrow();
        return new Finding(Verdict.CONTRADICTED, "The register shows " + mark.code() + " (" + describe(mark.kind())
                + ") on " + Text.date(day.day()) + more);
    }

    private static String describe(MarkKind kind) {
        return switch (kind) {
            case ATTENDED -> "present or at an approved activity";
            case ILLNESS -> "illness";
            case LEAVE -> "leave of absence";
            case OTHER_AUTHORISED -> "authorised absence";
            case NOT_POSSIBLE -> "attendance not possible";
            case UNAUTHORISED -> "unauthorised absence";
        };
    }

    /**
     * The days on which the school held a session for the pupil: a day whose every mark says attendance was
     * not possible (a closure, code {@code #} or {@code Y4}) is passed over, neither counting towards the
     * absence nor breaking it (Education Act 1996 s579(1): a school day is a day the school meets).
     */
    private static List<MarkedDay> sessionsHeld(List<MarkedDay> days) {
        return days.stream().filter(d -> unmarked(d) || marks(d).anyMatch(m -> m.kind() != MarkKind.NOT_POSSIBLE))
                .toList();
    }

    private static boolean unmarked(MarkedDay day) {
        return day.am() == null && day.pm() == null;
    }

    private static boolean allUnauthorised(MarkedDay day) {
        return !unmarked(day) && marks(day).allMatch(m -> m.kind() == MarkKind.UNAUTHORISED);
    }

    private static Stream<Mark> marks(MarkedDay day) {
        var marks = new ArrayList<Mark>(2);
        marks.add(day.am());
        marks.add(day.pm());
        return marks.stream().filter(Objects::nonNull);
    }
}
