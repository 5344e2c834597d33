package org.rejoin.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.rejoin.access.RejoinUser;
import org.rejoin.calendar.CompulsorySchoolAge;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.PossibleDuplicatesException;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.DateParts;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.referrals.IntakeFilter;
import org.rejoin.referrals.Referral;
import org.rejoin.referrals.ReferralReason;
import org.rejoin.referrals.ReferralRoute;
import org.rejoin.referrals.ReferralSource;
import org.rejoin.referrals.Referrals;
import org.rejoin.referrals.RiskIndicator;
import org.rejoin.referrals.SafeguardingStatus;
import org.rejoin.referrals.Triage;
import org.rejoin.referrals.TriageDecision;
import org.rejoin.tasks.Tasks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Referrals in the web UI: anyone signed in makes one; LA staff work the intake queue, match a
 * referral to the register, link or create the child, and decide it.
 */
@Controller
class ReferralController {

    static final String FORM_VIEW = "referrals/form";
    static final String INTAKE_VIEW = "referrals/intake";
    static final String SENT_VIEW = "referrals/sent";
    static final String TRIAGE_VIEW = "referrals/triage";

    private final Referrals referrals;
    private final Tasks tasks;
    private final ChildRegister children;
    private final MessageSource messages;
    private final Choices choices;
    private final FormSubmission submission;
    private final Clock clock;

    ReferralController(Referrals referrals, Tasks tasks, ChildRegister children, MessageSource messages, Clock clock, Choices choices,
            FormSubmission submission) {
        this.choices = choices;
        this.submission = submission;
        this.referrals = referrals;
        this.clock = clock;
        this.tasks = tasks;
        this.children = children;
        this.messages = messages;
    }

    @GetMapping("/referrals")
    @SignedIn
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String q,
            @RequestParam(required = false) String route, @RequestParam(required = false) Boolean escalated,
            @RequestParam(required = false) String age, @AuthenticationPrincipal RejoinUser user, Model model) {
        if (!user.isLocalAuthorityStaff()) {
            model.addAttribute("receipts", referrals.madeBy(user));
            return SENT_VIEW;
        }
        var filter = new IntakeFilter(q, Choices.parse(ReferralRoute.class, route), escalated,
                Choices.parse(IntakeFilter.AgeBand.class, age));
        model.addAttribute("filter", filter);
        model.addAttribute("referrals", referrals.intake(filter, ResultPage.request(page, 25), user));
        model.addAttribute("counts", referrals.intakeCounts(user));
        model.addAttribute("routes", choices.labels(ReferralRoute.values(), "referralRoute."));
        model.addAttribute("ages", choices.labels(IntakeFilter.AgeBand.values(), "referrals.intake.age."));
        model.addAttribute("pageBase", UriComponentsBuilder.fromPath("").queryParamIfPresent("q",
                java.util.Optional.ofNullable(filter.text()).filter(t -> !t.isBlank()))
                .queryParamIfPresent("route", java.util.Optional.ofNullable(filter.route()))
                .queryParamIfPresent("escalated", java.util.Optional.ofNullable(filter.escalated()))
                .queryParamIfPresent("age", java.util.Optional.ofNullable(filter.age()))
                .build().encode().toUriString() + (filter.isEmpty() ? "?" : "&"));
        // The soonest few, with the counts; the whole list is the task list's.
        model.addAttribute("taskQueue", tasks.queue(user, null, ResultPage.request(1, 5)));
        model.addAttribute("today", LocalDate.now(clock));
        return INTAKE_VIEW;
    }

    @GetMapping("/referrals/new")
    @SignedIn
    String newReferral(@RequestParam(required = false) UUID child, @AuthenticationPrincipal RejoinUser user,
            Model model) {
        var form = new ReferralForm();
        // "Refer this pupil": a child the user may see comes filled in from the register, not retyped.
        if (child != null && children.canSee(child, user)) {
            children.summaries(List.of(child), user).stream().findFirst().ifPresent(form::fillFrom);
        }
        model.addAttribute("referral", form);
        return form(user, model);
    }

    @PostMapping("/referrals")
    @SignedIn
    String submit(@ModelAttribute("referral") ReferralForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        try {
            var errors = new ArrayList<FieldError>();
            var details = form.toReferral(errors);
            var referral = submission.submit(errors, () -> referrals.submit(details, user));
            redirect.addFlashAttribute("flash", message("referrals.sent", referral.reference()));
            return user.isLocalAuthorityStaff() ? "redirect:/referrals/" + referral.id() : "redirect:/referrals";
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return form(user, model);
        }
    }

    private String form(RejoinUser user, Model model) {
        model.addAttribute("sources", choices.labels(ReferralSource.values(), "referralSource."));
        model.addAttribute("reasons", choices.labels(ReferralReason.values(), "referralReason."));
        model.addAttribute("indicators", choices.labels(RiskIndicator.values(), "riskIndicator."));
        model.addAttribute("statuses", choices.labels(SafeguardingStatus.values(), "safeguardingStatus."));
        model.addAttribute("sexes", choices.labels(Sex.values(), "sex."));
        return FORM_VIEW;
    }

    @GetMapping("/referrals/{id}")
    @LaStaff
    String triage(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        return triage(referrals.get(id, user), user, model);
    }

    private String triage(Referral referral, RejoinUser user, Model model) {
        model.addAttribute("r", referral);
        model.addAttribute("tasks", tasks.describe(tasks.forSubject(referral.id(), user), user));
        model.addAttribute("today", LocalDate.now(clock));
        LocalDate dob = referral.child().dateOfBirth();
        if (referral.childId() == null) {
            model.addAttribute("candidates", referrals.candidates(referral.id(), user));
        }
        else {
            var child = children.summaries(List.of(referral.childId()), user).get(0);
            model.addAttribute("child", child);
            dob = child.dateOfBirth();
        }
        // CME is a duty to children of compulsory school age (Education Act 1996 s436A, s8): say whether this one is.
        if (dob != null) {
            model.addAttribute("compulsoryFrom", CompulsorySchoolAge.startsOn(dob));
            model.addAttribute("compulsoryUntil", CompulsorySchoolAge.endsOn(dob));
        }
        model.addAttribute("decisions", choices.labels(TriageDecision.values(), "triageDecision."));
        return TRIAGE_VIEW;
    }

    @PostMapping("/referrals/{id}/link")
    @LaStaff
    String link(@PathVariable UUID id, @RequestParam(required = false) UUID childId, @RequestParam long version,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> referrals.link(id, childId, version, user), "referrals.linked");
    }

    @PostMapping("/referrals/{id}/child")
    @LaStaff
    String createChild(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmedNew, @AuthenticationPrincipal RejoinUser user,
            Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, () -> referrals.createChild(id, version, confirmedNew, user),
                "referrals.childCreated");
    }

    @PostMapping("/referrals/{id}/decision")
    @LaStaff
    String decide(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        model.addAttribute("form", form);
        return act(id, user, model, redirect, () -> {
            var errors = new ArrayList<FieldError>();
            var sentOn = DateParts.parse(form, "transferredOn", "The date the referral was sent", false, errors);
            TriageDecision chosen = Choices.parse(TriageDecision.class, form.get("decision"));
            return submission.submit(errors, () -> referrals.decide(id, version, new Triage(chosen, null,
                    form.get("reason"), form.get("otherLa"), sentOn), user));
        }, "referrals.decided");
    }

    /** Runs a triage step; shows the page again with the problems when it is refused. */
    private String act(UUID id, RejoinUser user, Model model, RedirectAttributes redirect,
            Supplier<Referral> step, String done) {
        try {
            var referral = step.get();
            redirect.addFlashAttribute("flash", message(done, referral.reference()));
            return "redirect:/referrals/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(model, e.errors());
        }
        catch (PossibleDuplicatesException e) {
            FormErrors.addTo(model, List.of(new FieldError("confirmedNew", message("referrals.duplicates"))));
            model.addAttribute("confirmNew", true);
        }
        catch (OptimisticLockingFailureException e) {
            FormErrors.addTo(model, List.of(new FieldError("version", e.getMessage())));
        }
        return triage(referrals.get(id, user), user, model);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
