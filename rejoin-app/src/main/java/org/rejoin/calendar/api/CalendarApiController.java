package org.rejoin.calendar.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rejoin.audit.AuditActor;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Term dates and school-day arithmetic through the API. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Term dates and school days")
@SecurityRequirement(name = "bearer")
class CalendarApiController {

    private final SchoolCalendar calendar;
    private final Organisations organisations;

    CalendarApiController(SchoolCalendar calendar, Organisations organisations) {
        this.calendar = calendar;
        this.organisations = organisations;
    }

    @GetMapping("/{year}/terms")
    @SignedIn
    @Operation(summary = "The six half terms of an academic year (2025 is 2025/26)")
    List<TermPeriod> terms(@PathVariable int year) {
        return calendar.termDates(new AcademicYear(year));
    }

    @PutMapping("/{year}/terms")
    @LaAdmin
    @Operation(summary = "Replace the six half terms of an academic year")
    List<TermPeriod> setTerms(@PathVariable int year, @RequestBody List<TermPeriod> periods,
            @AuthenticationPrincipal AuditActor user) {
        calendar.setTermDates(new AcademicYear(year), periods, user);
        return calendar.termDates(new AcademicYear(year));
    }

    @GetMapping("/establishments/{id}/{year}/terms")
    @LaOrEstablishmentStaff
    @Operation(summary = "An establishment's six half terms of an academic year: its own if it set them, else the LA's;"
            + " the header Rejoin-Own-Term-Dates says which")
    ResponseEntity<List<TermPeriod>> establishmentTerms(@PathVariable UUID id, @PathVariable int year) {
        var academicYear = new AcademicYear(year);
        return ResponseEntity.ok().header("Rejoin-Own-Term-Dates", Boolean.toString(calendar.hasOwnTermDates(id, academicYear)))
                .body(calendar.termDates(id, academicYear));
    }

    @PutMapping("/establishments/{id}/{year}/terms")
    @LaOrEstablishmentStaff
    @Operation(summary = "Set an establishment's own six half terms for a year (LA admins, or the establishment itself);"
            + " an empty list returns it to the LA's")
    List<TermPeriod> setEstablishmentTerms(@PathVariable UUID id, @PathVariable int year,
            @RequestBody List<TermPeriod> periods, @AuthenticationPrincipal AuditActor user) {
        calendar.setTermDates(id, new AcademicYear(year), periods, user);
        return calendar.termDates(id, new AcademicYear(year));
    }

    @PostMapping(path = "/establishment-terms", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @LaAdmin
    @Operation(summary = "Set many establishments' own term dates from a CSV (urn,academic_year,half_term,starts_on,ends_on;"
            + " six rows a school and year), all or nothing, each bad row named")
    Map<String, Integer> importEstablishmentTerms(@RequestBody byte[] csv, @AuthenticationPrincipal AuditActor user) {
        return Map.of("establishmentYears", calendar.importTermDates(new java.io.ByteArrayInputStream(csv), user));
    }

    @GetMapping("/school-days")
    @SignedIn
    @Operation(summary = "School days after 'from' up to and including 'to', for the LA or one establishment")
    SchoolDayCount count(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer urn) {
        return new SchoolDayCount(from, to, urn, days(urn).countBetween(from, to));
    }

    @GetMapping("/school-days/add")
    @SignedIn
    @Operation(summary = "The date a number of school days after (or before, when negative) a date")
    SchoolDayAddition add(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam int days, @RequestParam(required = false) Integer urn) {
        return new SchoolDayAddition(date, days, urn, days(urn).add(date, days));
    }

    private SchoolDays days(Integer urn) {
        if (urn == null) {
            return calendar.forLocalAuthority();
        }
        return calendar.forEstablishment(organisations.establishmentByUrn(urn)
                .orElseThrow(() -> new NotFoundException("No establishment with URN " + urn)).id());
    }

    @ExceptionHandler(CalendarNotDefinedException.class)
    ProblemDetail notDefined(CalendarNotDefinedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    record SchoolDayCount(LocalDate from, LocalDate to, Integer urn, int schoolDays) {
    }

    record SchoolDayAddition(LocalDate date, int days, Integer urn, LocalDate result) {
    }
}
