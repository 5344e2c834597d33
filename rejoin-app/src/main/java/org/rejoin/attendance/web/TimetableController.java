package org.rejoin.attendance.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.EducationHours;
import org.rejoin.attendance.Session;
import org.rejoin.attendance.SessionTimes;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.Text;
import org.rejoin.platform.web.DateParts;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.rolls.Registrations;

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

/** An establishment's part-time timetables (code C2) and session times, from which hours are counted (ADR 15). */
@Controller
@LaOrEstablishmentStaff
class TimetableController {

    private final EducationHours hours;
    private final Organisations organisations;
    private final Registrations registrations;
    private final FormSubmission submission;
    private final MessageSource messages;
    private final Clock clock;

    TimetableController(EducationHours hours, Organisations organisations, Registrations registrations,
            FormSubmission submission, MessageSource messages, Clock clock) {
        this.hours = hours;
        this.organisations = organisations;
        this.registrations = registrations;
        this.submission = submission;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/attendance/establishments/{id}/timetables")
    String timetables(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        if (!model.containsAttribute("timetable")) {
            model.addAttribute("timetable", new TimetableForm());
        }
        return timetablesPage(establishment(id), user, model);
    }

    private String timetablesPage(Establishment establishment, RejoinUser user, Model model) {
        model.addAttribute("establishment", establishment);
        model.addAttribute("running", hours.runningTimetables(establishment.id(), user));
        var times = hours.sessionTimes(establishment.id());
        model.addAttribute("times", times);
        var pupils = new LinkedHashMap<String, String>();
        registrations.roll(establishment.id(), user).forEach(p -> pupils.put(p.childId().toString(), p.name()));
        model.addAttribute("pupils", pupils);
        var sessions = new LinkedHashMap<String, String>();
        for (int d = 1; d <= 5; d++) {
            for (var session : Session.values()) {
                sessions.put(TimetableForm.sessionName(DayOfWeek.of(d), session), message("attendance.day." + d) + " "
                        + message("attendance." + session.name().toLowerCase(Locale.ROOT)));
            }
        }
        model.addAttribute("sessions", sessions);
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("timesForm")) {
            model.addAttribute("timesForm", Map.of("morning", times.amStarts() + "-" + times.amEnds(), "afternoon",
                    times.pmStarts() + "-" + times.pmEnds()));
        }
        return "attendance/timetables";
    }

    @PostMapping("/attendance/establishments/{id}/timetables")
    String recordTimetable(@PathVariable UUID id, @ModelAttribute("timetable") TimetableForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        var establishment = establishment(id);
        try {
            var errors = new ArrayList<FieldError>();
            var timetable = form.toTimetable(id, errors);
            var saved = submission.submit(errors, () -> hours.recordTimetable(timetable, user));
            redirect.addFlashAttribute("flash", message("attendance.timetable.saved", saved.sessionsPerWeek(), Text.date(saved.plannedEndOn())));
            return "redirect:/attendance/establishments/" + id + "/timetables";
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return timetablesPage(establishment, user, model);
        }
    }

    @PostMapping("/attendance/timetables/{timetableId}")
    String changeTimetable(@PathVariable UUID timetableId, @RequestParam UUID establishment, @RequestParam String action,
            @RequestParam long version, @RequestParam Map<String, String> form, @AuthenticationPrincipal RejoinUser user,
            Model model, RedirectAttributes redirect) {
        var here = establishment(establishment);
        // Each timetable's date boxes carry its id, so that the page's several forms never share an id.
        String suffix = "-" + timetableId;
        try {
            var errors = new ArrayList<FieldError>();
            if ("end".equals(action)) {
                var endedOn = DateParts.parse(form, "endedOn" + suffix, "endedOn", "The end", true, errors);
                var ended = submission.submit(errors, () -> hours.endTimetable(timetableId, endedOn, version, user));
                redirect.addFlashAttribute("flash", message("attendance.timetable.ended", Text.date(ended.endedOn())));
            }
            else {
                var reviewOn = DateParts.parse(form, "reviewOn" + suffix, "reviewOn", "The next review", true, errors);
                var plannedEndOn = DateParts.parse(form, "plannedEndOn" + suffix, "plannedEndOn", "The planned end", true, errors);
                var reviewed = submission.submit(errors, () -> hours.reviewTimetable(timetableId, reviewOn, plannedEndOn, version, user));
                redirect.addFlashAttribute("flash", message("attendance.timetable.reviewed", Text.date(reviewed.reviewOn())));
            }
            return "redirect:/attendance/establishments/" + establishment + "/timetables";
        }
        catch (InvalidInputException | OptimisticLockingFailureException e) {
            var invalid = e instanceof InvalidInputException i ? i : new InvalidInputException("version", e.getMessage());
            FormErrors.addTo(model, invalid.renamed(field -> field + suffix).errors());
            model.addAttribute("timetable", new TimetableForm());
            model.addAttribute("changing", timetableId);
            model.addAttribute("typedDates", form);
            return timetablesPage(here, user, model);
        }
    }

    @PostMapping("/attendance/establishments/{id}/session-times")
    String sessionTimes(@PathVariable UUID id, @RequestParam(defaultValue = "") String morning,
            @RequestParam(defaultValue = "") String afternoon, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        var establishment = establishment(id);
        SessionTimes times;
        try {
            times = SessionTimes.parse(morning, afternoon);
        }
        catch (IllegalArgumentException e) {
            FormErrors.addTo(model, List.of(new FieldError("morning", message("attendance.times.invalid"))));
            model.addAttribute("timetable", new TimetableForm());
            model.addAttribute("timesForm", Map.of("morning", morning, "afternoon", afternoon));
            return timetablesPage(establishment, user, model);
        }
        hours.setSessionTimes(id, times, user);
        redirect.addFlashAttribute("flash", message("attendance.times.saved", times.dailyHours() * 5));
        return "redirect:/attendance/establishments/" + id + "/timetables";
    }

    private Establishment establishment(UUID id) {
        return organisations.establishment(id).orElseThrow(() -> new NotFoundException("No establishment " + id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
