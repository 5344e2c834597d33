package org.rejoin.rolls.api;

import java.time.LocalDate;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.rolls.JuniorStarterReturns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the LA asks for new-pupil returns for junior-class starters (reg 13(2)-(3); docs/rules/rolls.md). */
@RestController
@RequestMapping("/api/v1/rolls/junior-returns")
@Tag(name = "Rolls", description = "New-pupil and deletion returns (Pupil Registration Regulations 2024), Common Transfer Files")
@SecurityRequirement(name = "bearer")
class JuniorReturnsApiController {

    /** The day the LA asked; null when it has not. */
    record Request(LocalDate requestedOn) {
    }

    private final JuniorStarterReturns requests;

    JuniorReturnsApiController(JuniorStarterReturns requests) {
        this.requests = requests;
    }

    @GetMapping
    @LaStaff
    @Operation(summary = "The day the LA asked for new-pupil returns for starters in a school's most junior class; null if it has not")
    Request read() {
        return new Request(requests.requestedOn().orElse(null));
    }

    @PutMapping
    @LaManagers
    @Operation(summary = "Record the day the LA asked (names entered after it are owed a return), or withdraw the request with null")
    Request change(@RequestBody Request body, @AuthenticationPrincipal RejoinUser user) {
        requests.request(body.requestedOn(), user);
        return read();
    }
}
