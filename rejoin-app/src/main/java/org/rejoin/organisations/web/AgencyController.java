package org.rejoin.organisations.web;


import org.rejoin.audit.AuditActor;
import org.rejoin.organisations.AgencyType;
import org.rejoin.organisations.NewAgency;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agencies and other LAs the LA works with: LA administrators add them so their staff can have accounts. */
@Controller
class AgencyController {

    static final String VIEW = "organisations/agencies";

    private final Organisations organisations;
    private final Choices choices;

    AgencyController(Organisations organisations, Choices choices) {
        this.choices = choices;
        this.organisations = organisations;
    }

    @GetMapping("/admin/agencies")
    @LaAdmin
    String agencies(Model model) {
        model.addAttribute("agency", new AgencyForm());
        return page(model);
    }

    @PostMapping("/admin/agencies")
    @LaAdmin
    String add(@ModelAttribute("agency") AgencyForm form, BindingResult result, @AuthenticationPrincipal AuditActor user,
            Model model, RedirectAttributes redirect) {
        try {
            var agency = organisations.createAgency(new NewAgency(form.getName(), form.getAgencyType(),
                    form.getLaCode(), form.getEmail(), form.getTelephone()), user);
            redirect.addFlashAttribute("flash", agency.name() + " added");
            return "redirect:/admin/agencies";
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return page(model);
        }
    }

    private String page(Model model) {
        model.addAttribute("agencies", organisations.agencies());
        model.addAttribute("types", choices.labels(AgencyType.values(), "agencyType."));
        return VIEW;
    }
}
