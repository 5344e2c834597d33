package org.rejoin.attendance;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The national attendance codes of the School Attendance (Pupil Registration) (England)
 * Regulations 2024, reg 10, and "Working together to improve school attendance" (August 2024);
 * see docs/rules/attendance.md. Only these codes are accepted. Each is stored as its
 * {@link #id()} byte: add codes, never renumber them.
 */
public enum AttendanceCode {
    PRESENT_AM("/", 1, Category.PRESENT, "Present (morning)"),
    PRESENT_PM("\\", 2, Category.PRESENT, "Present (afternoon)"),
    LATE("L", 3, Category.PRESENT, "Late, before the register closed"),
    LA_ARRANGED("K", 4, Category.PRESENT_OFF_SITE, "Attending education arranged by the local authority"),
    EDUCATIONAL_VISIT("V", 5, Category.PRESENT_OFF_SITE, "Educational visit or trip"),
    SPORTING_ACTIVITY("P", 6, Category.PRESENT_OFF_SITE, "Approved sporting activity"),
    WORK_EXPERIENCE("W", 7, Category.PRESENT_OFF_SITE, "Work experience"),
    OTHER_APPROVED_ACTIVITY("B", 8, Category.PRESENT_OFF_SITE, "Other approved educational activity"),
    DUAL_REGISTERED("D", 9, Category.NOT_POSSIBLE, "Dual registered, attending the other school"),
    PERFORMANCE_ABROAD("C1", 10, Category.AUTHORISED, "Leave for a regulated performance or employment abroad"),
    MEDICAL("M", 11, Category.AUTHORISED, "Leave for a medical or dental appointment"),
    INTERVIEW("J1", 12, Category.AUTHORISED, "Leave for an interview"),
    STUDY_LEAVE("S", 13, Category.AUTHORISED, "Study leave"),
    PART_TIME_TIMETABLE("C2", 14, Category.AUTHORISED, "Leave for a part-time timetable"),
    EXCEPTIONAL_LEAVE("C", 15, Category.AUTHORISED, "Leave in exceptional circumstances"),
    TRAVELLER("T", 16, Category.AUTHORISED, "Mobile child travelling with a parent whose trade or business requires travel"),
    RELIGIOUS_OBSERVANCE("R", 17, Category.AUTHORISED, "Religious observance"),
    ILLNESS("I", 18, Category.AUTHORISED, "Illness"),
    SUSPENDED_OR_EXCLUDED("E", 19, Category.AUTHORISED, "Suspended or permanently excluded, with no alternative provision"),
    ACCESS_ARRANGEMENTS("Q", 20, Category.NOT_POSSIBLE, "Unable to attend: lack of access arrangements"),
    TRANSPORT("Y1", 21, Category.NOT_POSSIBLE, "Unable to attend: transport not available"),
    TRAVEL_DISRUPTION("Y2", 22, Category.NOT_POSSIBLE, "Unable to attend: widespread travel disruption"),
    PART_CLOSURE("Y3", 23, Category.NOT_POSSIBLE, "Unable to attend: part of the school closed"),
    WHOLE_CLOSURE("Y4", 24, Category.NOT_POSSIBLE, "Unable to attend: whole school closed unexpectedly"),
    CRIMINAL_JUSTICE_DETENTION("Y5", 25, Category.NOT_POSSIBLE, "Unable to attend: criminal justice detention"),
    PUBLIC_HEALTH("Y6", 26, Category.NOT_POSSIBLE, "Unable to attend: public health guidance or law"),
    UNABLE_OTHER("Y7", 27, Category.NOT_POSSIBLE, "Unable to attend: any other unavoidable cause"),
    HOLIDAY_NOT_GRANTED("G", 28, Category.UNAUTHORISED, "Holiday not granted by the school"),
    REASON_NOT_ESTABLISHED("N", 29, Category.UNAUTHORISED, "Reason not yet established"),
    OTHER_UNAUTHORISED("O", 30, Category.UNAUTHORISED, "Absent in other or unknown circumstances"),
    LATE_AFTER_CLOSE("U", 31, Category.UNAUTHORISED, "Arrived late, after the register closed"),
    NON_COMPULSORY_AGE("X", 32, Category.NOT_POSSIBLE, "Not of compulsory school age, not required to attend"),
    NOT_ON_ROLL("Z", 33, Category.NOT_POSSIBLE, "Not yet on the roll"),
    PLANNED_CLOSURE("#", 34, Category.NOT_POSSIBLE, "Planned whole-school closure");

    /** How a code counts (docs/rules/attendance.md): possible sessions are all but NOT_POSSIBLE. */
    public enum Category {
        PRESENT, PRESENT_OFF_SITE, AUTHORISED, UNAUTHORISED, NOT_POSSIBLE;

        public boolean isPossible() {
            return this != NOT_POSSIBLE;
        }

        public boolean isAbsence() {
            return this == AUTHORISED || this == UNAUTHORISED;
        }

        public boolean isPresence() {
            return this == PRESENT || this == PRESENT_OFF_SITE;
        }
    }

    private static final Map<String, AttendanceCode> BY_MARK = Arrays.stream(values())
            .collect(Collectors.toMap(AttendanceCode::mark, Function.identity()));
    private static final AttendanceCode[] BY_ID = new AttendanceCode[128];

    static {
        for (var c : values()) {
            if (BY_ID[c.id] != null) {
                throw new IllegalStateException("Two codes share id " + c.id);
            }
            BY_ID[c.id] = c;
        }
    }

    private final String mark;
    private final byte id;
    private final Category category;
    private final String meaning;

    AttendanceCode(String mark, int id, Category category, String meaning) {
        this.mark = mark;
        this.id = (byte) id;
        this.category = category;
        this.meaning = meaning;
    }

    /** The code as registers write it: {@code /}, {@code C2}, {@code #}. */
    public String mark() {
        return mark;
    }

    /** The stored byte; 0 means no mark. */
    public byte id() {
        return id;
    }

    public Category category() {
        return category;
    }

    public String meaning() {
        return meaning;
    }

    /**
     * Whether the mark records leave of absence the school granted (reg 11 of the School Attendance
     * (Pupil Registration) (England) Regulations 2024; the "leave of absence" codes of reg 10, table 4).
     */
    public boolean isLeaveOfAbsence() {
        return switch (this) {
            case PERFORMANCE_ABROAD, MEDICAL, INTERVIEW, STUDY_LEAVE, PART_TIME_TIMETABLE, EXCEPTIONAL_LEAVE -> true;
            default -> false;
        };
    }

    /**
     * Whether a session with this mark counted towards the hours of education the establishment
     * offered (ADR 15): not when the session was not possible (closure, dual registration,
     * unable to attend), when it fell outside a part-time timetable ({@code C2}), or when the child was
     * suspended or excluded with no alternative provision ({@code E}). Absence otherwise was offered
     * education not taken.
     */
    public boolean offersEducation() {
        return category != Category.NOT_POSSIBLE && this != PART_TIME_TIMETABLE && this != SUSPENDED_OR_EXCLUDED;
    }

    /** The code a register writes, or null when it is not one of the national codes (case matters: c2 is not C2). */
    public static AttendanceCode ofMark(String mark) {
        return mark == null ? null : BY_MARK.get(mark.trim());
    }

    /** The code stored as {@code id}, or null for 0 (no mark). */
    public static AttendanceCode ofId(byte id) {
        return id <= 0 ? null : BY_ID[id];
    }
}
