package org.rejoin.cme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseNote;
import org.rejoin.cme.CaseSummary;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeCases;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.api.IfMatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * CME cases through the API, for LA staff. A case's status is derived from its milestones, so the
 * API records milestones rather than setting a status; If-Match guards every change to the case.
 */
@RestController
@RequestMapping("/api/v1/cme/cases")
@Tag(name = "CME cases", description = "Children missing education casework")
@SecurityRequirement(name = "bearer")
@LaStaff
class CmeApiController {

    private final CmeCases cases;

    CmeApiController(CmeCases cases) {
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "Every open case, the soonest deadline first")
    List<CaseSummary> open(@AuthenticationPrincipal RejoinUser user) {
        return cases.open(user);
    }

    /** A case with its derived status. */
    record CaseResponse(CmeCase details, String status, List<EnquiryCheck> outstandingChecks) {
    }

    private ResponseEntity<CaseResponse> respond(CmeCase c, RejoinUser user) {
        return ResponseEntity.ok().eTag(String.valueOf(c.version()))
                .body(new CaseResponse(c, c.status().name(), cases.outstandingChecks(c.id(), user)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a case: milestones, derived status and the checks still outstanding")
    ResponseEntity<CaseResponse> read(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return respond(cases.get(id, user), user);
    }

    @PostMapping("/{id}/milestones")
    @Operation(summary = "Record the next milestone; out of order, future-dated or incomplete closures are refused")
    ResponseEntity<CaseResponse> milestone(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody NewMilestone milestone, @AuthenticationPrincipal RejoinUser user) {
        return respond(cases.record(id, IfMatch.version(ifMatch), milestone, user), user);
    }

    @PutMapping("/{id}/details")
    @Operation(summary = "Change the key worker, needs, eligibility, last known placement or looked-after emergency flag")
    ResponseEntity<CaseResponse> details(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody CaseDetails details, @AuthenticationPrincipal RejoinUser user) {
        return respond(cases.update(id, IfMatch.version(ifMatch), details, user), user);
    }

    @PostMapping("/{id}/enquiries")
    @Operation(summary = "Record a check made to locate the child")
    ResponseEntity<Enquiry> enquiry(@PathVariable UUID id, @RequestBody NewEnquiry enquiry,
            @AuthenticationPrincipal RejoinUser user) {
        var saved = cases.addEnquiry(id, enquiry, user);
        return ResponseEntity.created(URI.create("/api/v1/cme/cases/" + id)).body(saved);
    }

    @PostMapping("/{id}/notes")
    @Operation(summary = "Add a case note, or a contact with the family (give contactWith)")
    ResponseEntity<CaseNote> note(@PathVariable UUID id, @RequestBody NewNote note, @AuthenticationPrincipal RejoinUser user) {
        var saved = cases.addNote(id, note, user);
        return ResponseEntity.created(URI.create("/api/v1/cme/cases/" + id)).body(saved);
    }
}
