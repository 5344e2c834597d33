package org.rejoin.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.organisations.Establishment;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.security.access.AccessDeniedException;

/** A load of marks checked whole, and a CSV read row by row, without a database. */
class MarkLoadCheckTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    static final UUID ABBEY = UUID.randomUUID();
    static final UUID OTHER = UUID.randomUUID();
    static final UUID AMY = UUID.randomUUID();
    static final String AMY_UPN = "A999800000001";
    static final LocalDate INSET_DAY = LocalDate.of(2026, 11, 13);

    static Establishment school(UUID id, int urn, String name) {
        return new Establishment(id, urn, "999", "2001", name, 1, "Community school", 2, "Primary", 1, "Open", 4, 11,
                null, null, null, "Kingsbridge", null, "KB1 1AA", null, null);
    }

    /** Abbey (URN 1) is the sender's; URN 2 is another school's; Amy is on Abbey's roll from 1 September. */
    static final MarkLoadCheck.Lookups LOOKUPS = new MarkLoadCheck.Lookups() {
        @Override
        public Optional<Establishment> establishment(int urn) {
            return urn == 1 ? Optional.of(school(ABBEY, 1, "Abbey Primary"))
                    : urn == 2 ? Optional.of(school(OTHER, 2, "Other School")) : Optional.empty();
        }

        @Override
        public boolean actsFor(UUID establishmentId) {
            return establishmentId.equals(ABBEY);
        }

        @Override
        public List<Enrolment> enrolments(Collection<UUID> establishmentIds, LocalDate from, LocalDate to) {
            return List.of(new Enrolment(AMY, AMY_UPN, ABBEY, LocalDate.of(2026, 9, 1), null, LocalDate.of(2016, 4, 2)));
        }

        /** Weekdays are school days but for an INSET day on Friday 13 November. */
        @Override
        public Boolean isSchoolDay(UUID establishmentId, LocalDate date) {
            return date.getDayOfWeek().getValue() <= 5 && !date.equals(INSET_DAY);
        }
    };

    static MarkLoadCheck check() {
        return new MarkLoadCheck(TODAY, 1, List.of(), LOOKUPS);
    }

    static List<String> problems(List<NewMark> marks) {
        try {
            check().check(marks);
            return List.of();
        }
        catch (InvalidInputException e) {
            return e.errors().stream().map(f -> f.field() + " " + f.message()).toList();
        }
    }

    @Test
    void aPupilIsFoundByUpnInAnyCaseOrByChildIdAndTheMarkResolved() {
        var resolved = check().check(List.of(new NewMark(AMY_UPN.toLowerCase(), 1, TODAY, Session.AM, "/"),
                new NewMark(AMY.toString(), 1, TODAY, Session.PM, "I"))).marks();
        assertThat(resolved).containsExactly(
                new MarkLoadCheck.Resolved(AMY, ABBEY, TODAY, Session.AM, AttendanceCode.ofMark("/")),
                new MarkLoadCheck.Resolved(AMY, ABBEY, TODAY, Session.PM, AttendanceCode.ofMark("I")));
    }

    @Test
    void everyProblemIsNamedByItsRowAtOnce() {
        assertThat(problems(java.util.Arrays.asList(
                new NewMark(AMY_UPN, null, TODAY, Session.AM, "/"),
                new NewMark(" ", 1, TODAY.plusDays(1), null, "Q9"),
                new NewMark(AMY_UPN, 9, null, Session.AM, ""),
                new NewMark(AMY_UPN, 1, LocalDate.of(2026, 8, 28), Session.AM, "/"),
                null)))
                .containsExactly("row 1 names no establishment URN",
                        "row 2 names no pupil (a UPN or a child id)", "row 2 is dated 19 November 2026, in the future",
                        "row 2 has no session: AM or PM",
                        "row 2 code 'Q9' is not one of the national attendance codes of 2024",
                        "row 3 no establishment has URN 9", "row 3 has no date", "row 3 has no code",
                        "row 4 " + AMY_UPN + " is not on Abbey Primary's roll on 28 August 2026", "row 5 is empty");
    }

    @Test
    void marksForAnotherSchoolAreRefusedOutright() {
        assertThatThrownBy(() -> check().check(List.of(new NewMark(AMY_UPN, 2, TODAY, Session.AM, "/"))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Other School");
        assertThatThrownBy(() -> check().check(List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aHundredProblemsAreListedAndTheRestCounted() {
        var marks = new ArrayList<NewMark>();
        for (int i = 0; i < 150; i++) {
            marks.add(new NewMark(AMY_UPN, 1, TODAY, Session.AM, "?"));
        }
        var listed = problems(marks);
        assertThat(listed).hasSize(MarkLoadCheck.MAX_PROBLEMS + 1).last().isEqualTo("marks and 50 more problems");
    }

    @Test
    void aCsvRowThatCannotBeReadIsNamedWithEveryProblemItHas() {
        String csv = "upn_or_child_id,establishment_urn,date,session,code\n" + AMY_UPN + ",1,18/11/2026,am,/\n"
                + AMY_UPN + ",x,31/02/2026,noon,Z9\n";
        var rows = MarkCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.marks()).containsExactly(new NewMark(AMY_UPN, 1, TODAY, Session.AM, "/"), null);
        assertThat(rows.problems()).extracting(f -> f.field() + " " + f.message()).containsExactly(
                "row 3 establishment URN 'x' is not a number",
                "row 3 date '31/02/2026' is not a date: write it as yyyy-mm-dd or dd/mm/yyyy",
                "row 3 session 'noon' is not AM or PM",
                "row 3 code 'Z9' is not one of the national attendance codes of 2024");
        assertThatThrownBy(() -> MarkCsv.read(new ByteArrayInputStream("upn,date\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lacks upn_or_child_id");
    }

    @Test
    void aLoadIsSentAsRunsOfConsecutiveSessionsOnePerRoundPerRow() {
        var amMonday = new MarkLoadCheck.Resolved(AMY, ABBEY, LocalDate.of(2026, 11, 16), Session.AM,
                AttendanceCode.ofMark("/"));
        var pmMonday = new MarkLoadCheck.Resolved(AMY, ABBEY, LocalDate.of(2026, 11, 16), Session.PM,
                AttendanceCode.ofMark("\\"));
        var amWednesday = new MarkLoadCheck.Resolved(AMY, ABBEY, TODAY, Session.AM, AttendanceCode.ofMark("N"));
        var patches = new MonthPatches(List.of(amMonday, pmMonday, amWednesday));
        assertThat(patches.rows()).isEqualTo(1);
        assertThat(patches.rounds()).isEqualTo(2);
        assertThat(patches.runs()).extracting(MonthPatches.Run::round, MonthPatches.Run::start, r -> r.marks().length)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, MonthMarks.offset(amMonday.date(), Session.AM), 2),
                        org.assertj.core.groups.Tuple.tuple(1, MonthMarks.offset(TODAY, Session.AM), 1));
    }

    @Test
    void aMarkOnADayThatIsNotASchoolDayIsSetAsideAndReportedNotWritten() {
        var saturday = LocalDate.of(2026, 11, 14);
        var checked = check().check(List.of(new NewMark(AMY_UPN, 1, TODAY, Session.AM, "/"),
                new NewMark(AMY_UPN, 1, saturday, Session.AM, "O"),
                new NewMark(AMY_UPN, 1, INSET_DAY, Session.PM, "G"),
                new NewMark(AMY_UPN, 1, INSET_DAY, Session.AM, "#")));
        assertThat(checked.marks()).extracting(MarkLoadCheck.Resolved::date).containsExactly(TODAY, INSET_DAY);
        assertThat(checked.ignored()).isEqualTo(2);
        assertThat(checked.notes()).containsExactly(
                "row 2: 14 November 2026 is a Saturday at Abbey Primary, not a school day: the mark was not recorded",
                "row 3: 13 November 2026 is a holiday, bank holiday or INSET day at Abbey Primary, not a school day: the mark was not recorded");
    }
}
