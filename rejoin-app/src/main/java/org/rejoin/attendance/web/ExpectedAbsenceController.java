package org.rejoin.attendance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.ExpectedAbsences;
import org.rejoin.children.ChildRegister;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A child's expected absences through illness: LA staff record one, and the illness alert is looked at again at once. */
@Controller
@LaStaff
class ExpectedAbsenceController {

    static final String VIEW = "attendance/expected-absences";

    private final ExpectedAbsences expected;
    private final ChildRegister children;
    private final FormSubmission submission;

    ExpectedAbsenceController(ExpectedAbsences expected, ChildRegister children, FormSubmission submission) {
        this.expected = expected;
        this.children = children;
        this.submission = submission;
    }

    @GetMapping("/attendance/children/{id}/expected-absences")
    String show(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("absence", new ExpectedAbsenceForm());
        return page(id, user, model);
    }

    @PostMapping("/attendance/children/{id}/expected-absences")
    String record(@PathVariable UUID id, @ModelAttribute("absence") ExpectedAbsenceForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        try {
            var errors = new ArrayList<FieldError>();
            var absence = form.toAbsence(errors);
            submission.submit(errors, () -> expected.record(id, absence, user));
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return page(id, user, model);
        }
        redirect.addFlashAttribute("flash", "Expected absence recorded: the illness alert counts its school days still to come");
        return "redirect:/children/" + id + "#attendance";
    }

    private String page(UUID id, RejoinUser user, Model model) {
        model.addAttribute("child", children.summaries(List.of(id), user).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No child " + id)));
        model.addAttribute("expected", expected.forChild(id, user));
        return VIEW;
    }
}
