package org.rejoin.attendance;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A child's attendance at one establishment over a period, by the DfE methodology (docs/rules/attendance.md):
 * possible sessions are every marked session but the "not possible" codes; the absence rate is
 * (authorised + unauthorised) / possible; attendance is 100 less the absence rate.
 *
 * @param present present on site ({@code /}, {@code \}, {@code L})
 * @param presentOffSite attending approved education off site ({@code K}, {@code V}, {@code P}, {@code W}, {@code B})
 */
public record AttendanceFigures(UUID establishmentId, String establishmentName, int possible, int present,
        int presentOffSite, int authorised, int unauthorised, int notPossible) {

    /** DfE absence methodology: persistent absence is 10% or more of possible sessions missed; severe is 50% or more. */
    public static final double PERSISTENT = 10.0;
    public static final double SEVERE = 50.0;

    /**
     * Absence as a percentage of possible sessions, to one decimal place, but never rounded up onto a
     * threshold it has not reached: 9.99% shows as 9.99, which cannot be read as persistent absence.
     * 0 when nothing was possible.
     */
    @JsonProperty
    public double absenceRate() {
        if (possible == 0) {
            return 0;
        }
        double exact = (authorised + unauthorised) * 100.0 / possible;
        double shown = Math.round(exact * 10) / 10.0;
        for (double threshold : new double[] {PERSISTENT, SEVERE}) {
            if (exact < threshold && shown >= threshold) {
                return Math.floor(exact * 100) / 100.0;
            }
        }
        return shown;
    }

    /** 100 less the absence rate, to one decimal place, never rounded down onto 90% or 50% when the absence is below 10% or 50%. */
    @JsonProperty
    public double attendancePercent() {
        if (possible == 0) {
            return 0;
        }
        double exact = 100.0 - (authorised + unauthorised) * 100.0 / possible;
        double shown = Math.round(exact * 10) / 10.0;
        for (double threshold : new double[] {100 - PERSISTENT, 100 - SEVERE}) {
            if (exact > threshold && shown <= threshold) {
                return Math.ceil(exact * 100) / 100.0;
            }
        }
        return shown;
    }

    /** Compared unrounded: 10 of 100 sessions missed is persistent, 9.99% is not. */
    @JsonProperty
    public boolean persistentAbsence() {
        return possible > 0 && (authorised + unauthorised) * 100L >= PERSISTENT * possible;
    }

    @JsonProperty
    public boolean severeAbsence() {
        return possible > 0 && (authorised + unauthorised) * 100L >= SEVERE * possible;
    }

    /** The figures of a second period at the same establishment added to these. */
    public AttendanceFigures plus(AttendanceFigures o) {
        return new AttendanceFigures(establishmentId, establishmentName, possible + o.possible, present + o.present,
                presentOffSite + o.presentOffSite, authorised + o.authorised, unauthorised + o.unauthorised,
                notPossible + o.notPossible);
    }
}
