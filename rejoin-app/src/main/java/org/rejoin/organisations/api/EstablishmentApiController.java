package org.rejoin.organisations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.EstablishmentGroup;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.api.PageResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Establishments through the API, found by URN. */
@RestController
@RequestMapping("/api/v1/establishments")
@Tag(name = "Establishments", description = "Schools, PRUs and alternative provision from GIAS")
@SecurityRequirement(name = "bearer")
class EstablishmentApiController {

    private final Organisations organisations;

    EstablishmentApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @SignedIn
    @Operation(summary = "Search establishments by part of a name, URN, LAESTAB or postcode")
    PageResponse<Establishment> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) EstablishmentGroup group,
            @RequestParam(defaultValue = "false") boolean openOnly, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(organisations.searchEstablishments(new EstablishmentSearch(q, group, openOnly),
                ResultPage.request(page, size)));
    }

    @GetMapping("/{urn}")
    @SignedIn
    @Operation(summary = "Read an establishment by its URN")
    Establishment read(@PathVariable int urn) {
        return organisations.establishmentByUrn(urn)
                .orElseThrow(() -> new NotFoundException("No establishment with URN " + urn));
    }
}
