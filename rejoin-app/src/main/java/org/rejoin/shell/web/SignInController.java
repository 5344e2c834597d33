package org.rejoin.shell.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    static final String VIEW = "shell/sign-in";

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn() {
        return VIEW;
    }

    @GetMapping("/accessibility")
    @PreAuthorize("permitAll()")
    String accessibility() {
        return "shell/accessibility";
    }
}
