package org.rejoin.rolls.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.rolls.RollReturn;
import org.rejoin.rolls.RollReturns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * New-pupil and deletion returns through the API, as a school's MIS sends them. A school's token
 * sends for its own establishment (establishmentId may be left out); LA staff name it.
 */
@RestController
@RequestMapping("/api/v1/rolls")
@Tag(name = "Rolls", description = "New-pupil and deletion returns (Pupil Registration Regulations 2024)")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER', 'SCHOOL_USER', 'PROVIDER_USER')")
class RollsApiController {

    private final RollReturns returns;

    RollsApiController(RollReturns returns) {
        this.returns = returns;
    }

    @PostMapping("/joiners")
    @Operation(summary = "A new-pupil return: the child is matched against the register (never duplicated) and registered;"
            + " a return more than 5 school days after the name was entered is flagged late")
    ResponseEntity<RollReturn> joiner(@RequestBody NewJoiner joiner, @AuthenticationPrincipal RejoinUser user) {
        var saved = returns.joiner(joiner, user);
        return ResponseEntity.created(URI.create("/api/v1/rolls/returns/" + saved.id())).body(saved);
    }

    @PostMapping("/deletions")
    @Operation(summary = "A deletion return with its reg 9(1) ground: (i) needs joint enquiries, (f) the parent's notice,"
            + " (o) a finished review; an unknown destination refers the child to the CME team")
    ResponseEntity<RollReturn> deletion(@RequestBody NewDeletion deletion, @AuthenticationPrincipal RejoinUser user) {
        var saved = returns.deletion(deletion, user);
        return ResponseEntity.created(URI.create("/api/v1/rolls/returns/" + saved.id())).body(saved);
    }

    @GetMapping("/establishments/{id}/returns")
    @Operation(summary = "An establishment's returns, newest first")
    List<RollReturn> returns(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return returns.forEstablishment(id, user);
    }
}
