package org.rejoin.shell.web;

import org.rejoin.platform.Anyone;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;


/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

    static final String VIEW = "shell/sign-in";

    @GetMapping("/sign-in")
    @Anyone
    String signIn() {
        return VIEW;
    }

    @GetMapping("/accessibility")
    @Anyone
    String accessibility() {
        return "shell/accessibility";
    }
}
