package org.rejoin.attendance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks.MarkEntry;

/** The DfE figures from counts of marks by how each code counts (docs/rules/attendance.md): pure functions. */
final class FigureCounts {

    private FigureCounts() {
    }

    /** The figures at each establishment of some marks, in the order the establishments first appear; no reads. */
    static List<AttendanceFigures> count(List<MarkEntry> marks, Map<UUID, String> names) {
        var byEstablishment = new LinkedHashMap<UUID, int[]>();
        for (var m : marks) {
            byEstablishment.computeIfAbsent(m.establishmentId(), k -> new int[5])[m.code().category().ordinal()]++;
        }
        return byEstablishment.entrySet().stream()
                .map(e -> figures(e.getKey(), names.getOrDefault(e.getKey(), ""), e.getValue())).toList();
    }

    /** Counts by {@link AttendanceCode.Category} ordinal as the DfE figures: possible sessions are all but not possible. */
    static AttendanceFigures figures(UUID establishmentId, String name, int[] c) {
        int present = c[AttendanceCode.Category.PRESENT.ordinal()];
        int offSite = c[AttendanceCode.Category.PRESENT_OFF_SITE.ordinal()];
        int authorised = c[AttendanceCode.Category.AUTHORISED.ordinal()];
        int unauthorised = c[AttendanceCode.Category.UNAUTHORISED.ordinal()];
        return new AttendanceFigures(establishmentId, name, present + offSite + authorised + unauthorised, present, offSite,
                authorised, unauthorised, c[AttendanceCode.Category.NOT_POSSIBLE.ordinal()]);
    }
}
