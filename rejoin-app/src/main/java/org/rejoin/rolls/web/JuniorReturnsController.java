package org.rejoin.rolls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.web.DateParts;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.rolls.JuniorStarterReturns;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Whether the LA asks for new-pupil returns for junior-class starters (reg 13(3)): its managers say so here. */
@Controller
@LaManagers
class JuniorReturnsController {

    static final String VIEW = "rolls/junior-returns";

    private final JuniorStarterReturns requests;
    private final FormSubmission submission;
    private final MessageSource messages;

    JuniorReturnsController(JuniorStarterReturns requests, FormSubmission submission, MessageSource messages) {
        this.requests = requests;
        this.submission = submission;
        this.messages = messages;
    }

    @ModelAttribute("answers")
    Map<String, String> answers(Locale locale) {
        var answers = new LinkedHashMap<String, String>();
        answers.put("true", messages.getMessage("rolls.junior.yes", null, locale));
        answers.put("false", messages.getMessage("rolls.junior.no", null, locale));
        return answers;
    }

    @GetMapping("/rolls/junior-returns")
    String show(Model model) {
        var requestedOn = requests.requestedOn().orElse(null);
        model.addAttribute("requestedOn", requestedOn);
        if (requestedOn != null) {
            model.addAttribute("form", Map.of("asked", "true", "requestedOn.day", String.valueOf(requestedOn.getDayOfMonth()),
                    "requestedOn.month", String.valueOf(requestedOn.getMonthValue()),
                    "requestedOn.year", String.valueOf(requestedOn.getYear())));
        }
        return VIEW;
    }

    @PostMapping("/rolls/junior-returns")
    String save(@RequestParam Map<String, String> form, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        boolean asked = "true".equals(form.get("asked"));
        var errors = new ArrayList<FieldError>();
        var on = asked ? DateParts.parse(form, "requestedOn", "The day the local authority asked", true, errors) : null;
        try {
            submission.submit(errors, () -> {
                requests.request(on, user);
                return null;
            });
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(model, e.errors());
            model.addAttribute("requestedOn", requests.requestedOn().orElse(null));
            model.addAttribute("form", form);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", asked ? "Request recorded: schools owe new-pupil returns for these starters"
                : "Request withdrawn: these starters owe no new-pupil return");
        return "redirect:/rolls/junior-returns";
    }
}
