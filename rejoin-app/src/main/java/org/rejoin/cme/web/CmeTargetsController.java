package org.rejoin.cme.web;

import java.util.ArrayList;
import java.util.Map;

import org.rejoin.access.RejoinUser;
import org.rejoin.cme.CmeTargets;
import org.rejoin.cme.CmeTargets.NewTargets;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The LA's CME targets page: local policy, set by the LA's managers (docs/rules/cme.md). */
@Controller
@LaManagers
class CmeTargetsController {

    static final String VIEW = "cme/targets";
    static final String[] FIELDS = {"missingThreshold", "locateWithin", "provisionDeterminedWithin", "inProvisionWithin"};

    private final CmeTargets targets;
    private final FormSubmission submission;

    CmeTargetsController(CmeTargets targets, FormSubmission submission) {
        this.targets = targets;
        this.submission = submission;
    }

    @GetMapping("/cme/targets")
    String show(Model model) {
        var current = targets.current();
        model.addAttribute("current", current);
        var t = current.targets();
        int[] days = {t.missingThreshold(), t.locateWithin(), t.provisionDeterminedWithin(), t.inProvisionWithin()};
        var form = new java.util.HashMap<String, String>();
        for (int i = 0; i < FIELDS.length; i++) {
            form.put(FIELDS[i], String.valueOf(days[i]));
        }
        model.addAttribute("form", form);
        return VIEW;
    }

    @PostMapping("/cme/targets")
    String save(@RequestParam long version, @RequestParam Map<String, String> form, @AuthenticationPrincipal RejoinUser user,
            Model model, RedirectAttributes redirect) {
        var errors = new ArrayList<FieldError>();
        var days = new Integer[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            days[i] = whole(form.get(FIELDS[i]), FIELDS[i], errors);
        }
        try {
            submission.submit(errors, () -> targets.change(new NewTargets(days[0], days[1], days[2], days[3]), version, user));
        }
        catch (InvalidInputException e) {
            return again(e.errors(), form, model);
        }
        catch (OptimisticLockingFailureException e) {
            return again(java.util.List.of(new FieldError("version", e.getMessage())), form, model);
        }
        redirect.addFlashAttribute("flash", "CME targets saved: deadlines set from now on use them");
        return "redirect:/cme/targets";
    }

    /** The page again with what was typed and every problem named; the version shown is the latest. */
    private String again(java.util.List<FieldError> errors, Map<String, String> form, Model model) {
        FormErrors.addTo(model, errors);
        model.addAttribute("current", targets.current());
        model.addAttribute("form", form);
        return VIEW;
    }

    /** A whole number of school days, or null when the box is empty (the service names it). */
    private static Integer whole(String text, String field, java.util.List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        }
        catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter a whole number of school days, like 10"));
            return null;
        }
    }
}
