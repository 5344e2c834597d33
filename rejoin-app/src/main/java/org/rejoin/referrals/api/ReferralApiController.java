package org.rejoin.referrals.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.api.IfMatch;
import org.rejoin.platform.api.PageResponse;
import org.rejoin.referrals.IntakeFilter;
import org.rejoin.referrals.NewReferral;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralReceipt;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.Referrals;
import org.rejoin.referrals.Triage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals through the API: any client may send one; LA staff read the intake queue and triage.
 * Triage steps need If-Match with the ETag read, so two officers never decide over each other.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Referrals", description = "The children missing education intake queue")
@SecurityRequirement(name = "bearer")
class ReferralApiController {


    private final Referrals referrals;

    ReferralApiController(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping
    @SignedIn
    @Operation(summary = "Refer a child: any detail may be missing but a name; a safeguarding concern or status escalates at once")
    ResponseEntity<Referral> submit(@RequestBody NewReferral referral, @AuthenticationPrincipal RejoinUser user) {
        var saved = referrals.submit(referral, user);
        return ResponseEntity.created(URI.create("/api/v1/referrals/" + saved.id())).eTag(String.valueOf(saved.version()))
                .body(saved);
    }

    @GetMapping
    @LaStaff
    @Operation(summary = "The intake queue: undecided referrals, escalated first, then oldest first; q finds part of a"
            + " reference, a child's name, the start of a UPN or the referrer; route, escalated and age (the child's age"
            + " today, or the rough age the referrer gave) filter")
    PageResponse<Referral> intake(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String q, @RequestParam(required = false) ReferralRoute route,
            @RequestParam(required = false) Boolean escalated, @RequestParam(required = false) IntakeFilter.AgeBand age,
            @AuthenticationPrincipal RejoinUser user) {
        return PageResponse.of(referrals.intake(new IntakeFilter(q, route, escalated, age), ResultPage.request(page, size),
                user));
    }

    @GetMapping("/sent")
    @SignedIn
    @Operation(summary = "The referrals the caller's organisation made, with the status the LA shares back")
    List<ReferralReceipt> sent(@AuthenticationPrincipal RejoinUser user) {
        return referrals.madeBy(user);
    }

    @GetMapping("/{id}")
    @LaStaff
    @Operation(summary = "Read a referral")
    ResponseEntity<Referral> read(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        var referral = referrals.get(id, user);
        return ResponseEntity.ok().eTag(String.valueOf(referral.version())).body(referral);
    }

    /** The child a referral is about. */
    record LinkRequest(UUID childId) {
    }

    @PostMapping("/{id}/link")
    @LaStaff
    @Operation(summary = "Link the referral to a child in the register")
    ResponseEntity<Referral> link(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody LinkRequest request, @AuthenticationPrincipal RejoinUser user) {
        var referral = referrals.link(id, request.childId(), IfMatch.version(ifMatch), user);
        return ResponseEntity.ok().eTag(String.valueOf(referral.version())).body(referral);
    }

    @PostMapping("/{id}/decision")
    @LaStaff
    @Operation(summary = "Decide a referral: MISSING_EDUCATION and AT_RISK open a CME case and need a linked child")
    ResponseEntity<Referral> decide(@PathVariable UUID id, @RequestHeader("If-Match") String ifMatch,
            @RequestBody Triage triage, @AuthenticationPrincipal RejoinUser user) {
        var referral = referrals.decide(id, IfMatch.version(ifMatch), triage, user);
        return ResponseEntity.ok().eTag(String.valueOf(referral.version())).body(referral);
    }
}
