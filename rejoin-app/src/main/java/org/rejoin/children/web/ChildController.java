package org.rejoin.children.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRecordSection;
import org.rejoin.children.ChildRegister;
import org.rejoin.children.MatchReviews;
import org.rejoin.children.PossibleDuplicatesException;
import org.rejoin.children.Sex;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;

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

/** Search, view, create and edit children in the register. */
@Controller
class ChildController {

    static final String SEARCH_VIEW = "children/search";
    static final String RECORD_VIEW = "children/record";
    static final String FORM_VIEW = "children/form";
    static final String AUDIT_VIEW = "children/audit";

    private final ChildRegister register;
    private final MatchReviews matchReviews;
    private final ChildMerges merges;
    private final List<ChildRecordSection> sections;
    private final MessageSource messages;
    private final Choices choices;
    private final Clock clock;

    ChildController(ChildRegister register, MatchReviews matchReviews, ChildMerges merges,
            List<ChildRecordSection> sections, MessageSource messages, Clock clock, Choices choices) {
        this.choices = choices;
        this.register = register;
        this.matchReviews = matchReviews;
        this.merges = merges;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ChildRecordSection::order)).toList();
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/children")
    @SignedIn
    String search(@ModelAttribute("search") ChildSearchForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model) {
        var errors = new ArrayList<FieldError>();
        var search = form.toSearch(errors);
        if (!errors.isEmpty()) {
            FormErrors.addTo(result, errors);
        }
        else if (form.isSubmitted() || !user.isLocalAuthorityStaff()) {
            model.addAttribute("results", register.search(search, ResultPage.request(form.getPage(), 25), user));
        }
        return SEARCH_VIEW;
    }

    @GetMapping("/children/{id}")
    @SignedIn
    String view(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        var child = register.view(id, user);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("child", child);
        model.addAttribute("today", today);
        model.addAttribute("sections", sections.stream()
                .map(s -> new SectionView(s.fragment(), s.model(id, user))).toList());
        model.addAttribute("canEdit", user.isLocalAuthorityStaff());
        model.addAttribute("matches", user.isLocalAuthorityStaff() ? matchReviews.forChild(id, user) : List.of());
        model.addAttribute("merges", user.isLocalAuthorityStaff() ? merges.of(id, user) : List.of());
        model.addAttribute("canUndoMerge", user.isLaManager());
        model.addAttribute("canSeeAudit", user.isLaManager());
        return RECORD_VIEW;
    }

    /** A section of the child page from another module: its fragment and model. */
    record SectionView(String fragment, Map<String, Object> model) {
    }

    @GetMapping("/children/new")
    @LaStaff
    String newChild(Model model) {
        model.addAttribute("child", ChildForm.blank());
        return form(model, null);
    }

    @PostMapping("/children")
    @LaStaff
    String create(@ModelAttribute("child") ChildForm form, BindingResult result,
            @RequestParam(required = false) String add, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        if (add != null) {
            form.addBlankRows();
            return form(model, null);
        }
        var errors = new ArrayList<FieldError>();
        var details = form.toDetails(errors);
        if (!errors.isEmpty()) {
            FormErrors.addTo(result, allProblems(form, details, errors));
            form.addBlankRows();
            return form(model, null);
        }
        try {
            var created = register.create(details, form.isConfirmedNew(), user);
            redirect.addFlashAttribute("flash", message("children.created", created.details().knownAs()));
            return "redirect:/children/" + created.id();
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, form.onFormRows(e.errors()));
        }
        catch (PossibleDuplicatesException e) {
            model.addAttribute("duplicates", e.duplicates());
        }
        form.addBlankRows();
        return form(model, null);
    }

    @GetMapping("/children/{id}/edit")
    @LaStaff
    String edit(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("child", ChildForm.of(register.view(id, user)));
        return form(model, id);
    }

    @PostMapping("/children/{id}")
    @LaStaff
    String update(@PathVariable UUID id, @ModelAttribute("child") ChildForm form, BindingResult result,
            @RequestParam(required = false) String add, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        if (add != null) {
            form.addBlankRows();
            return form(model, id);
        }
        var errors = new ArrayList<FieldError>();
        var details = form.toDetails(errors);
        if (form.getVersion() == null) {
            errors.add(new FieldError("version", "The form was incomplete: open the record and edit it again"));
        }
        if (!errors.isEmpty()) {
            FormErrors.addTo(result, allProblems(form, details, errors));
            form.addBlankRows();
            return form(model, id);
        }
        try {
            var updated = register.update(id, form.getVersion(), details, user);
            redirect.addFlashAttribute("flash", message("children.updated", updated.details().knownAs()));
            return "redirect:/children/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, form.onFormRows(e.errors()));
        }
        catch (OptimisticLockingFailureException e) {
            result.reject("conflict", e.getMessage());
            model.addAttribute("conflict", true);
        }
        form.addBlankRows();
        return form(model, id);
    }

    @PostMapping("/children/merges/{mergeId}/undo")
    @LaManagers
    String undoMerge(@PathVariable UUID mergeId, @AuthenticationPrincipal RejoinUser user, RedirectAttributes redirect) {
        var merge = merges.undo(mergeId, user);
        redirect.addFlashAttribute("flash", message("children.merge.undone", merge.merged().displayName()));
        return "redirect:/children/" + merge.survivor().id();
    }

    @GetMapping("/children/{id}/audit")
    @LaManagers
    String audit(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("entries", register.auditTrail(id, user));
        model.addAttribute("child", register.summaries(List.of(id), user).get(0));
        model.addAttribute("clock", clock);
        return AUDIT_VIEW;
    }

    /**
     * The dates that are not real dates, and every other rule the details break, so the user sees
     * all the problems at once; a field with a typing error shows only that.
     */
    private List<FieldError> allProblems(ChildForm form, ChildDetails details, List<FieldError> typing) {
        var typed = typing.stream().collect(Collectors.toMap(FieldError::field, e -> e, (a, b) -> a, LinkedHashMap::new));
        var all = new ArrayList<FieldError>();
        for (var problem : form.onFormRows(register.problems(details))) {
            var typingError = typed.remove(problem.field());
            all.add(typingError == null ? problem : typingError);
        }
        all.addAll(typed.values());
        return all;
    }

    private String form(Model model, UUID childId) {
        model.addAttribute("childId", childId);
        model.addAttribute("sexes", choices.labels(Sex.values(), "sex."));
        model.addAttribute("characteristicTypes", choices.labels(CharacteristicType.values(), "characteristic."));
        return FORM_VIEW;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
