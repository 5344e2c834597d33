package org.rejoin.access.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.access.UserAccounts;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** LA administrators create users, reset passwords, lift lock-outs and issue API tokens. */
@Controller
@LaAdmin
class UserAdminController {

    static final String LIST_VIEW = "access/users";
    static final String FORM_VIEW = "access/user-form";
    static final String DETAIL_VIEW = "access/user";

    private final UserAccounts accounts;
    private final Organisations organisations;
    private final Clock clock;
    private final Choices choices;

    UserAdminController(UserAccounts accounts, Organisations organisations, Clock clock, Choices choices) {
        this.choices = choices;
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("now", clock.instant());
        return LIST_VIEW;
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("user", new UserForm());
        return form(model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("user") UserForm form, BindingResult result, @AuthenticationPrincipal RejoinUser by,
            Model model, RedirectAttributes redirect) {
        try {
            var created = accounts.create(form.toNewUser(), by);
            redirect.addFlashAttribute("flash", "User " + created.username() + " created");
            return "redirect:/admin/users/" + created.id();
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return form(model);
        }
    }

    private String form(Model model) {
        var organisationOptions = new LinkedHashMap<String, String>();
        organisations.all().forEach(o -> organisationOptions.put(o.id().toString(), o.name()));
        model.addAttribute("organisations", organisationOptions);
        model.addAttribute("roles", choices.labels(Role.values(), "role."));
        return FORM_VIEW;
    }

    @GetMapping("/admin/users/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(() -> new NotFoundException("No user " + id)));
        model.addAttribute("tokens", accounts.tokens(id));
        model.addAttribute("now", clock.instant());
        return DETAIL_VIEW;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, @AuthenticationPrincipal RejoinUser by,
            Model model, RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, password, by);
        }
        catch (InvalidInputException e) {
            model.addAttribute("passwordError", e.errors().get(0).message());
            return view(id, model);
        }
        redirect.addFlashAttribute("flash", "Password reset; the account is unlocked");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, @AuthenticationPrincipal RejoinUser by,
            RedirectAttributes redirect) {
        accounts.setEnabled(id, enabled, by);
        redirect.addFlashAttribute("flash", enabled ? "Account enabled" : "Account disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/tokens")
    String createToken(@PathVariable UUID id, @RequestParam String name, @AuthenticationPrincipal RejoinUser by,
            Model model) {
        try {
            model.addAttribute("createdToken", accounts.createToken(id, name, by));
        }
        catch (InvalidInputException e) {
            model.addAttribute("tokenError", e.errors().get(0).message());
        }
        return view(id, model);
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable UUID id, @PathVariable UUID tokenId, @AuthenticationPrincipal RejoinUser by,
            RedirectAttributes redirect) {
        accounts.revokeToken(tokenId, by);
        redirect.addFlashAttribute("flash", "Token revoked");
        return "redirect:/admin/users/" + id;
    }
}
