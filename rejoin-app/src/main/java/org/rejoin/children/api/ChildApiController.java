package org.rejoin.children.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.ChildSearch;
import org.rejoin.children.ChildSummary;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.children.PossibleDuplicatesException;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.api.IfMatch;
import org.rejoin.platform.api.PageResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register through the API. Reads return an ETag (the record's version); an update must send
 * it back in If-Match, so that a change made meanwhile by someone else is never overwritten.
 */
@RestController
@RequestMapping("/api/v1/children")
@Tag(name = "Children", description = "The register of children")
@SecurityRequirement(name = "bearer")
class ChildApiController {

    private final ChildRegister register;

    ChildApiController(ChildRegister register) {
        this.register = register;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Search children: names tolerantly, the rest exactly; only children the caller may see")
    PageResponse<ChildSummary> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) String upn, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal RejoinUser user) {
        return PageResponse.of(register.search(new ChildSearch(name, dateOfBirth, upn, postcode),
                ResultPage.request(page, size), user));
    }

    @GetMapping("/{id}")
    @SignedIn
    @Operation(summary = "Read a child's record")
    ResponseEntity<ChildResponse> read(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        var child = register.view(id, user);
        return ResponseEntity.ok().eTag(String.valueOf(child.version())).body(ChildResponse.of(child));
    }

    @PostMapping
    @LaStaff
    @Operation(summary = "Add a child; answers 409 with possible duplicates unless confirmNew=true")
    ResponseEntity<ChildResponse> create(@RequestBody ChildDetails details,
            @RequestParam(defaultValue = "false") boolean confirmNew, @AuthenticationPrincipal RejoinUser user) {
        var child = register.create(details, confirmNew, user);
        return ResponseEntity.created(URI.create("/api/v1/children/" + child.id()))
                .eTag(String.valueOf(child.version())).body(ChildResponse.of(child));
    }

    @PutMapping("/{id}")
    @LaStaff
    @Operation(summary = "Replace a child's details; If-Match must carry the ETag of the version read")
    ResponseEntity<ChildResponse> update(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody ChildDetails details, @AuthenticationPrincipal RejoinUser user) {
        var child = register.update(id, IfMatch.version(ifMatch), details, user);
        return ResponseEntity.ok().eTag(String.valueOf(child.version())).body(ChildResponse.of(child));
    }

    @PostMapping("/matches")
    @LaStaff
    @Operation(summary = "Children in the register who may be this child, strongest first, each with the matching engine's explanation")
    List<MatchResponse> matches(@RequestBody ChildDetails details, @AuthenticationPrincipal RejoinUser user) {
        return register.possibleDuplicates(details, user).stream().map(MatchResponse::of).toList();
    }

    @ExceptionHandler(PossibleDuplicatesException.class)
    ProblemDetail duplicates(PossibleDuplicatesException e) {
        boolean match = e.duplicates().stream().anyMatch(PossibleDuplicate::isMatch);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, match
                ? "This child is already in the register: use the existing record"
                : e.getMessage() + ": check them, then send again with confirmNew=true if this is a different child");
        problem.setTitle(match ? "Already in the register" : "Possible duplicates");
        problem.setProperty("duplicates", e.duplicates().stream().map(MatchResponse::of).toList());
        return problem;
    }
}
