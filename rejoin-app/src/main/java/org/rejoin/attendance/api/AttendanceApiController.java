package org.rejoin.attendance.api;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceFigures;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.EducationHours;
import org.rejoin.attendance.ExpectedAbsences;
import org.rejoin.attendance.MarkLoad;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.WeekHours;
import org.rejoin.platform.LaOrEstablishmentStaff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Session marks from a school's or provider's system, and a child's figures and hours. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance", description = "Session marks in the national codes (Pupil Registration Regulations 2024, reg 10)")
@SecurityRequirement(name = "bearer")
@LaOrEstablishmentStaff
class AttendanceApiController {

    private final AttendanceMarks marks;
    private final EducationHours hours;
    private final ExpectedAbsences expected;

    AttendanceApiController(AttendanceMarks marks, EducationHours hours, ExpectedAbsences expected) {
        this.marks = marks;
        this.hours = hours;
        this.expected = expected;
    }

    @GetMapping("/children/{id}/expected-absences")
    @Operation(summary = "A child's expected absences through illness (a hospital stay), latest first")
    List<ExpectedAbsences.ExpectedAbsence> expectedAbsences(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return expected.forChild(id, user);
    }

    @PostMapping("/children/{id}/expected-absences")
    @Operation(summary = "Record an expected absence through illness (LA staff): its school days still to come count towards"
            + " the illness alert at once, so the section 19 duty is flagged as soon as it is clear the child will miss"
            + " 15 school days")
    ResponseEntity<ExpectedAbsences.ExpectedAbsence> recordExpectedAbsence(@PathVariable UUID id,
            @RequestBody ExpectedAbsences.NewExpectedAbsence absence, @AuthenticationPrincipal RejoinUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(expected.record(id, absence, user));
    }

    @PostMapping(path = "/marks", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a batch of marks, all or nothing: a code that is not national, a future date or a pupil"
            + " not on the sender's roll that day refuses the batch, naming each row; a mark sent again replaces the earlier one;"
            + " a mark on a day that is not a school day at its establishment is set aside and named in notes")
    ResponseEntity<MarkLoad> load(@RequestBody List<NewMark> batch, @AuthenticationPrincipal RejoinUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(marks.load(batch, "API", user));
    }

    @PostMapping(path = "/marks", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Record marks from a CSV: upn_or_child_id,establishment_urn,date,session,code; all or nothing,"
            + " but for marks on days that are not school days, set aside and named in notes")
    ResponseEntity<MarkLoad> loadCsv(@RequestBody byte[] csv, @AuthenticationPrincipal RejoinUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(marks.loadCsv(new ByteArrayInputStream(csv), user));
    }

    @GetMapping("/children/{id}/marks")
    @Operation(summary = "A child's marks between two dates, with each code's meaning")
    List<AttendanceMarks.MarkEntry> marks(@PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal RejoinUser user) {
        return marks.marks(id, from, to, user);
    }

    @GetMapping("/children/{id}/figures")
    @Operation(summary = "A child's possible sessions, attendance and absence at each establishment between two dates,"
            + " with the persistent (10%) and severe (50%) absence flags")
    List<AttendanceFigures> figures(@PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal RejoinUser user) {
        return marks.figures(id, from, to, user);
    }

    @GetMapping("/children/{id}/hours")
    @Operation(summary = "A child's hours of education offered and attended each week between two dates, newest first,"
            + " across all their provision (a session once when dual registered), with the week's pro-rata minimum")
    List<WeekHours> hours(@PathVariable UUID id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal RejoinUser user) {
        return hours.weeks(id, from, to, user);
    }
}
