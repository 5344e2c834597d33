package org.rejoin.rolls.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.Sex;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.rolls.DeletionGround;
import org.rejoin.rolls.DeletionStatus;
import org.rejoin.rolls.Destination;
import org.rejoin.rolls.EnrolmentStatus;
import org.rejoin.rolls.ExclusionReview;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollFilter;
import org.rejoin.rolls.RollReturnFiles;
import org.rejoin.rolls.RollReturns;
import org.rejoin.rolls.RollSnapshots;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** An establishment's roll and its returns: the school's own users, and LA staff for any establishment. */
@Controller
@LaOrEstablishmentStaff
class RollController {


    private final Registrations registrations;
    private final RollReturns returns;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Choices choices;
    private final FormSubmission submission;
    private final java.time.Clock clock;
    private final RollReturnFiles csv;
    private final RollSnapshots snapshots;

    RollController(Registrations registrations, RollReturns returns, Organisations organisations,
            MessageSource messages, RollReturnFiles csv,
            RollSnapshots snapshots, Choices choices,
            FormSubmission submission, java.time.Clock clock) {
        this.clock = clock;
        this.choices = choices;
        this.submission = submission;
        this.csv = csv;
        this.snapshots = snapshots;
        this.registrations = registrations;
        this.returns = returns;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/rolls")
    String mine(@AuthenticationPrincipal RejoinUser user) {
        return user.isLocalAuthorityStaff() ? "redirect:/establishments" : "redirect:/rolls/" + user.organisationId();
    }

    @GetMapping("/rolls/movements")
    @LaStaff
    String movements(@AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("m", returns.movements(user));
        model.addAttribute("setsPolicy", user.isLaManager());
        return "rolls/movements";
    }

    @PostMapping("/rolls/snapshot")
    @LaStaff
    String laSnapshot(@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @AuthenticationPrincipal RejoinUser user, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldError("file", message("rolls.laSnapshot.missing"))));
            return movements(user, model);
        }
        try {
            model.addAttribute("result", snapshots.reconcileAll(file.getInputStream(), user));
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(model, e.errors().stream().map(x -> new FieldError("file", x.message())).toList());
            return movements(user, model);
        }
        var names = new java.util.HashMap<UUID, String>();
        organisations.all().forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("names", names);
        return "rolls/la-snapshot";
    }

    @GetMapping("/rolls/{id}")
    String roll(@PathVariable UUID id, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year, @AuthenticationPrincipal RejoinUser user, Model model) {
        var establishment = organisations.establishment(id).orElseThrow(() -> new NotFoundException("No establishment " + id));
        model.addAttribute("establishment", establishment);
        var filter = new RollFilter(q, year);
        var academicYear = AcademicYear.of(LocalDate.now(clock));
        var roll = registrations.roll(id, user);
        model.addAttribute("pupils", roll.stream().filter(p -> filter.admits(p.name(), p.upn(), p.dateOfBirth(),
                academicYear)).toList());
        model.addAttribute("rollSize", roll.size());
        model.addAttribute("filter", filter);
        model.addAttribute("yearGroups", roll.stream().map(p -> p.dateOfBirth() == null ? null
                : academicYear.yearGroup(p.dateOfBirth())).filter(java.util.Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("returns", returns.forEstablishment(id, user).stream().limit(50).toList());
        var figures = returns.figures(id, user);
        model.addAttribute("figures", figures);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("awaitingCtf", figures.ctfDue().stream().map(d -> d.childId()).toList());
        if (!model.containsAttribute("snapshot")) {
            snapshots.last(id, user).ifPresent(s -> {
                model.addAttribute("snapshot", s);
                model.addAttribute("snapshotStored", true);
            });
        }
        return "rolls/roll";
    }

    @PostMapping("/rolls/{id}/upload")
    String upload(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            @AuthenticationPrincipal RejoinUser user, Model model) throws IOException {
        if (file == null || file.isEmpty() || !List.of("JOINERS", "DELETIONS", "SNAPSHOT").contains(kind)) {
            model.addAttribute("uploadError", message("rolls.upload.missing"));
            return roll(id, null, null, user, model);
        }
        if ("SNAPSHOT".equals(kind)) {
            try {
                model.addAttribute("snapshot", snapshots.reconcile(id, file.getInputStream(), user));
            }
            catch (InvalidInputException e) {
                model.addAttribute("uploadError", e.errors().get(0).message());
            }
            return roll(id, null, null, user, model);
        }
        var report = "JOINERS".equals(kind) ? csv.joiners(file.getInputStream(), id, user)
                : csv.deletions(file.getInputStream(), id, user);
        model.addAttribute("report", report);
        model.addAttribute("reportKind", kind);
        return roll(id, null, null, user, model);
    }

    @GetMapping("/rolls/{id}/joiners/new")
    String newJoiner(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("joiner", new JoinerForm());
        return joinerForm(id, user, model);
    }

    @PostMapping("/rolls/{id}/joiners")
    String joiner(@PathVariable UUID id, @ModelAttribute("joiner") JoinerForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        try {
            var errors = new ArrayList<FieldError>();
            var joiner = form.toJoiner(id, errors);
            var saved = submission.submit(errors, () -> {
                try {
                    return returns.joiner(joiner, user);
                }
                catch (InvalidInputException e) {
                    // The register names the child's fields its own way; say them as this form does.
                    throw e.renamed(JoinerForm::onForm);
                }
            });
            redirect.addFlashAttribute("flash", message(saved.late() ? "rolls.joiner.late" : "rolls.joiner.saved",
                    saved.childName()));
            return "redirect:/rolls/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return joinerForm(id, user, model);
        }
    }

    private String joinerForm(UUID id, RejoinUser user, Model model) {
        model.addAttribute("establishment", organisations.establishment(id).orElseThrow());
        model.addAttribute("sexes", choices.labels(Sex.values(), "sex."));
        model.addAttribute("statuses", choices.labels(EnrolmentStatus.values(), "rolls.enrolment."));
        return "rolls/joiner";
    }

    @GetMapping("/rolls/{id}/leavers/new")
    String newLeaver(@PathVariable UUID id, @RequestParam UUID child, @AuthenticationPrincipal RejoinUser user,
            Model model) {
        var form = new DeletionForm();
        form.setChildId(child);
        model.addAttribute("deletion", form);
        return leaverForm(id, child, user, model);
    }

    @PostMapping("/rolls/{id}/leavers")
    String leaver(@PathVariable UUID id, @ModelAttribute("deletion") DeletionForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        try {
            var errors = new ArrayList<FieldError>();
            var deletion = form.toDeletion(id, errors);
            var saved = submission.submit(errors, () -> returns.deletion(deletion, user));
            redirect.addFlashAttribute("flash", message(saved.status() == DeletionStatus.PENDING_LA ? "rolls.deletion.pending"
                    : "rolls.deletion.saved", saved.childName()));
            return "redirect:/rolls/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return leaverForm(id, form.getChildId(), user, model);
        }
    }

    private String leaverForm(UUID id, UUID child, RejoinUser user, Model model) {
        model.addAttribute("establishment", organisations.establishment(id).orElseThrow());
        model.addAttribute("pupil", registrations.roll(id, user).stream().filter(p -> p.childId().equals(child))
                .findFirst().orElseThrow(() -> new NotFoundException("No pupil " + child + " on this roll")));
        var grounds = new LinkedHashMap<String, String>();
        for (var g : DeletionGround.values()) {
            grounds.put(g.name(), "(" + g.paragraph() + ") " + g.description());
        }
        model.addAttribute("grounds", grounds);
        model.addAttribute("destinations", choices.labels(Destination.values(), "rolls.destination."));
        model.addAttribute("reviews", choices.labels(ExclusionReview.values(), "rolls.review."));
        var schools = new LinkedHashMap<String, String>();
        organisations.openEstablishmentsInLocalAuthority().stream().filter(e -> !e.id().equals(id))
                .forEach(e -> schools.put(e.id().toString(), e.name()));
        model.addAttribute("schools", schools);
        return "rolls/leaver";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
