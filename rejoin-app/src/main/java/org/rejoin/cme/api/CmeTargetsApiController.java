package org.rejoin.cme.api;

import org.rejoin.access.RejoinUser;
import org.rejoin.cme.CmeTargets;
import org.rejoin.cme.CmeTargets.Current;
import org.rejoin.cme.CmeTargets.NewTargets;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.api.IfMatch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The LA's CME targets (local policy, docs/rules/cme.md): read by LA staff, changed by its managers. */
@RestController
@RequestMapping("/api/v1/cme/targets")
@Tag(name = "CME cases", description = "Children missing education casework")
@SecurityRequirement(name = "bearer")
class CmeTargetsApiController {

    private final CmeTargets targets;

    CmeTargetsApiController(CmeTargets targets) {
        this.targets = targets;
    }

    @GetMapping
    @LaStaff
    @Operation(summary = "The LA's CME targets in school days: local policy, the configured defaults until a manager sets them")
    ResponseEntity<Current> read() {
        var current = targets.current();
        return ResponseEntity.ok().eTag(String.valueOf(current.version())).body(current);
    }

    @PutMapping
    @LaManagers
    @Operation(summary = "Set the missing threshold and the locate, determine and in-provision targets (1 to 100 school days);"
            + " deadlines set from then on use them")
    ResponseEntity<Current> change(@RequestHeader("If-Match") String ifMatch, @RequestBody NewTargets body,
            @AuthenticationPrincipal RejoinUser user) {
        var current = targets.change(body, IfMatch.version(ifMatch), user);
        return ResponseEntity.ok().eTag(String.valueOf(current.version())).body(current);
    }
}
