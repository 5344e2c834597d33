package org.rejoin.rolls.web;

import java.util.ArrayList;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.RollReturns;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deletion return whole: the school and the LA see what the register showed and both parts of the
 * joint enquiries; the LA's staff record the LA's part of a deletion pending the LA (reg 9(1)(h), (i)).
 */
@Controller
@LaOrEstablishmentStaff
class DeletionController {

    static final String VIEW = "rolls/deletion";

    private final RollReturns returns;
    private final FormSubmission submission;
    private final Choices choices;

    DeletionController(RollReturns returns, FormSubmission submission, Choices choices) {
        this.returns = returns;
        this.submission = submission;
        this.choices = choices;
    }

    @GetMapping("/rolls/deletions/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("enquiries", new LaEnquiriesForm());
        return page(id, user, model);
    }

    @PostMapping("/rolls/deletions/{id}/la-enquiries")
    String record(@PathVariable UUID id, @ModelAttribute("enquiries") LaEnquiriesForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        try {
            var errors = new ArrayList<FieldError>();
            var enquiries = form.toEnquiries(errors);
            var saved = submission.submit(errors, () -> returns.recordLaEnquiries(id, enquiries, user));
            redirect.addFlashAttribute("flash", saved.childName() + ": " + switch (saved.status()) {
                case ACCEPTED -> "the LA's enquiries are recorded and the name is deleted from the roll";
                case NOT_ACCEPTED -> "the LA found the child, so the deletion is not accepted";
                case PENDING_LA -> "the deletion still waits for the LA";
            });
            return "redirect:/rolls/deletions/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return page(id, user, model);
        }
    }

    private String page(UUID id, RejoinUser user, Model model) {
        var record = returns.deletionRecord(id, user);
        model.addAttribute("d", record);
        model.addAttribute("r", record.rollReturn());
        model.addAttribute("laStaff", user.isLocalAuthorityStaff());
        model.addAttribute("recordsLaPart", user.hasAny(Role.CME_TEAM) && record.waitsForLa());
        model.addAttribute("outcomes", choices.labels(LaEnquiries.Outcome.values(), "rolls.laOutcome."));
        return VIEW;
    }
}
