package org.rejoin.shell.web;

import org.rejoin.access.RejoinUser;
import org.rejoin.audit.AuditLog;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.SignedIn;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the signed-in user works on. */
@Controller
class HomeController {

    static final String VIEW = "shell/home";
    private static final int RECENT = 10;

    private final ChildRegister children;
    private final AuditLog audit;

    HomeController(ChildRegister children, AuditLog audit) {
        this.children = children;
        this.audit = audit;
    }

    @GetMapping("/")
    @SignedIn
    String home(@AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("recent", children.summaries(audit.childrenRecentlyViewedBy(user.id(), RECENT), user));
        return VIEW;
    }
}
