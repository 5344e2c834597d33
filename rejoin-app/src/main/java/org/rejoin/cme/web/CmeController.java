package org.rejoin.cme.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.UserAccounts;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.CmeCases;
import org.rejoin.cme.CmeTargets;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.EnquiryOutcome;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;
import org.rejoin.platform.CmeOversight;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.Text;
import org.rejoin.platform.web.DateParts;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.referrals.Referrals;
import org.rejoin.tasks.Task;
import org.rejoin.tasks.Tasks;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The CME officer's home and the case page: milestones, enquiries, notes, documents and tasks. */
@Controller
@LaStaff
class CmeController {

    static final String HOME_VIEW = "cme/home";
    /** How many escalations, and how many overdue tasks, the CME home shows before sending to the task list. */
    static final int HOME_SHOWS = 10;
    static final String CASE_VIEW = "cme/case";

    private final CmeCases cases;
    private final Tasks tasks;
    private final Referrals referrals;
    private final UserAccounts users;
    private final MessageSource messages;
    private final Choices choices;
    private final FormSubmission submission;
    private final Clock clock;
    private final CmeTargets targets;

    CmeController(CmeCases cases, Tasks tasks, Referrals referrals, UserAccounts users, MessageSource messages,
            Clock clock, Choices choices, FormSubmission submission, CmeTargets targets) {
        this.targets = targets;
        this.choices = choices;
        this.submission = submission;
        this.cases = cases;
        this.tasks = tasks;
        this.referrals = referrals;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cme")
    String home(@AuthenticationPrincipal RejoinUser user, Model model) {
        // The few most pressing of each, counted; the task list holds the rest.
        var queue = tasks.queue(user, null, ResultPage.request(1, HOME_SHOWS));
        model.addAttribute("escalationCount", queue.urgent());
        model.addAttribute("escalations", queue.page().items().stream().filter(v -> v.task().urgent()).toList());
        var overdue = tasks.overdue(user, ResultPage.request(1, HOME_SHOWS));
        model.addAttribute("overdueCount", overdue.total());
        model.addAttribute("overdue", tasks.describe(overdue.items(), user));
        model.addAttribute("intake", referrals.intake(ResultPage.request(1, 5), user));
        model.addAttribute("mine", cases.mine(user));
        model.addAttribute("today", LocalDate.now(clock));
        return HOME_VIEW;
    }

    @GetMapping("/cme/cases")
    String open(@AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("open", cases.open(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "cme/cases";
    }

    @GetMapping("/cme/manager")
    @CmeOversight
    String manager(@AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("figures", cases.figures(user));
        model.addAttribute("setsTargets", user.isLaManager());
        model.addAttribute("today", LocalDate.now(clock));
        return "cme/manager";
    }

    @GetMapping("/cme/cases/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        return page(cases.get(id, user), user, model);
    }

    private String page(CmeCase c, RejoinUser user, Model model) {
        model.addAttribute("c", c);
        var dates = new LinkedHashMap<String, String>();
        for (var step : Milestone.STEPS) {
            var on = c.dateOf(step);
            dates.put(step.name(), on == null ? null : Text.date(on));
        }
        model.addAttribute("dates", dates);
        var cycleStart = c.currentCycle().get(0);
        model.addAttribute("identifiedOn", cycleStart.occurredOn());
        var placement = new LinkedHashMap<String, String>();
        if (c.lastKnownPlacementOn() != null) {
            placement.put("lastKnownPlacementOn.day", String.valueOf(c.lastKnownPlacementOn().getDayOfMonth()));
            placement.put("lastKnownPlacementOn.month", String.valueOf(c.lastKnownPlacementOn().getMonthValue()));
            placement.put("lastKnownPlacementOn.year", String.valueOf(c.lastKnownPlacementOn().getYear()));
        }
        model.addAttribute("placementDate", model.containsAttribute("form") && ((Map<?, ?>) model.getAttribute("form"))
                .containsKey("lastKnownPlacementOn.day") ? model.getAttribute("form") : placement);
        var enquiries = cases.enquiries(c.id(), user);
        var notes = cases.notes(c.id(), user);
        var documents = cases.documents(c.id(), user);
        var caseTasks = tasks.forSubject(c.id(), user);
        model.addAttribute("enquiries", enquiries);
        // An enquiry found the child while the case still says not located: offer to record it in one step.
        model.addAttribute("foundBy", c.status() != CaseStatus.NOT_LOCATED ? null : enquiries.stream()
                .filter(e -> e.outcome() == EnquiryOutcome.FOUND).max(java.util.Comparator.comparing(Enquiry::checkedOn))
                .orElse(null));
        model.addAttribute("outstanding", cases.outstandingChecks(c.id(), user));
        model.addAttribute("documents", documents);
        model.addAttribute("tasks", tasks.describe(caseTasks.stream().filter(Task::isOpen).toList(), user));
        model.addAttribute("targets", targets.current().targets());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("next", choices.labels(c.status().next(), "milestone."));
        model.addAttribute("outcomes", choices.labels(List.of(ClosureOutcome.values()), "closureOutcome."));
        model.addAttribute("checks", choices.labels(List.of(EnquiryCheck.values()), "enquiryCheck."));
        model.addAttribute("enquiryOutcomes", choices.labels(List.of(EnquiryOutcome.values()), "enquiryOutcome."));
        var staff = new LinkedHashMap<String, String>();
        users.localAuthorityStaff().forEach(u -> staff.put(u.id().toString(), u.displayName()));
        model.addAttribute("staff", staff);
        var timeline = new CaseTimeline(messages, LocaleContextHolder.getLocale(), clock.getZone())
                .of(c, enquiries, notes, documents, caseTasks);
        model.addAttribute("timeline", timeline);
        return CASE_VIEW;
    }


    @PostMapping("/cme/cases/{id}/milestones")
    String milestone(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, form, "cme.recorded", () -> {
            var errors = new ArrayList<FieldError>();
            var on = DateParts.parse(form, "occurredOn", "The date", true, errors);
            submission.submit(errors, () -> cases.record(id, version, new NewMilestone(
                    Choices.parse(Milestone.class, form.get("milestone")), on, form.get("details"),
                    Choices.parse(ClosureOutcome.class, form.get("outcome")), form.get("destination")), user));
        });
    }

    @PostMapping("/cme/cases/{id}/details")
    String details(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, form, "cme.saved", () -> {
            var errors = new ArrayList<FieldError>();
            var placementOn = DateParts.parse(form, "lastKnownPlacementOn", "The date of the last known placement",
                    false, errors);
            UUID keyWorker = null;
            try {
                String value = form.get("keyWorker");
                keyWorker = value == null || value.isBlank() ? null : UUID.fromString(value);
            }
            catch (IllegalArgumentException e) {
                errors.add(new FieldError("keyWorker", "Select a key worker from the local authority's staff"));
            }
            UUID chosenKeyWorker = keyWorker;
            submission.submit(errors, () -> cases.update(id, version, new CaseDetails(chosenKeyWorker,
                    form.get("needsSummary"), form.get("eligibility"), form.get("lastKnownPlacement"), placementOn,
                    "true".equals(form.get("lookedAfterEmergency"))), user));
        });
    }

    @PostMapping("/cme/cases/{id}/enquiries")
    String enquiry(@PathVariable UUID id, @RequestParam Map<String, String> form, @AuthenticationPrincipal RejoinUser user,
            Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, form, "cme.enquiryRecorded", () -> {
            var errors = new ArrayList<FieldError>();
            var on = DateParts.parse(form, "checkedOn", "The date of the check", true, errors);
            try {
                submission.submit(errors, () -> cases.addEnquiry(id, new NewEnquiry(
                        Choices.parse(EnquiryCheck.class, form.get("check")), on,
                        Choices.parse(EnquiryOutcome.class, form.get("enquiryOutcome")), form.get("enquiryNotes")), user));
            }
            catch (InvalidInputException e) {
                // This page has two outcome fields: the check's is named for the check.
                throw new InvalidInputException(e.errors().stream().map(x -> new FieldError(switch (x.field()) {
                    case "outcome" -> "enquiryOutcome";
                    case "notes" -> "enquiryNotes";
                    default -> x.field();
                }, x.message())).toList());
            }
        });
    }

    @PostMapping("/cme/cases/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam Map<String, String> form, @AuthenticationPrincipal RejoinUser user,
            Model model, RedirectAttributes redirect) {
        return act(id, user, model, redirect, form, "cme.noteAdded", () -> {
            var errors = new ArrayList<FieldError>();
            var on = DateParts.parse(form, "noteOn", "The date", true, errors);
            submission.submit(errors, () -> {
                try {
                    return cases.addNote(id, new NewNote(on, form.get("contactWith"), form.get("method"), form.get("text")),
                            user);
                }
                catch (InvalidInputException e) {
                    // The case page has a milestone date too: the note's is noteOn there.
                    throw e.renamed(field -> "occurredOn".equals(field) ? "noteOn" : field);
                }
            });
        });
    }

    @PostMapping("/cme/cases/{id}/documents")
    String document(@PathVariable UUID id, @RequestParam(required = false) MultipartFile document,
            @RequestParam(required = false) String description, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        return act(id, user, model, redirect, Map.of(), "cme.documentAdded", () -> {
            try {
                cases.attach(id, document == null ? null : document.getOriginalFilename(),
                        document == null ? null : document.getBytes(), description, user);
            }
            catch (IOException e) {
                throw new InvalidInputException("document", "The file could not be read: try again");
            }
        });
    }

    @GetMapping("/cme/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID documentId,
            @AuthenticationPrincipal RejoinUser user) {
        var document = cases.documents(id, user).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("No document " + documentId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.filename(),
                        StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(cases.content(id, documentId, user));
    }

    /** Runs one change to the case; shows the page again with the problems, and what was typed, when refused. */
    private String act(UUID id, RejoinUser user, Model model, RedirectAttributes redirect, Map<String, String> form,
            String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", message(done));
            return "redirect:/cme/cases/" + id;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(model, e.errors());
        }
        catch (OptimisticLockingFailureException e) {
            FormErrors.addTo(model, List.of(new FieldError("version", e.getMessage())));
        }
        model.addAttribute("form", form);
        return page(cases.get(id, user), user, model);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
