package org.rejoin.calendar.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.rejoin.audit.AuditActor;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.FormErrors;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The term dates of an establishment that sets its own (academies, free schools): the school itself or
 * an LA admin enters a year's, or the LA's admins upload many schools' at once (docs/rules/school-days.md).
 * Who may change them is checked by {@link SchoolCalendar#setTermDates(UUID, AcademicYear, java.util.List, AuditActor)}.
 */
@Controller
@LaOrEstablishmentStaff
class EstablishmentTermsController {

    private final SchoolCalendar calendar;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Clock clock;

    EstablishmentTermsController(SchoolCalendar calendar, Organisations organisations, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calendar/establishments/{id}/terms")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer year,
            @AuthenticationPrincipal AuditActor user, HttpServletRequest request, Model model) {
        var academicYear = year == null ? AcademicYear.of(LocalDate.now(clock)) : new AcademicYear(year);
        model.addAttribute("form", TermDatesForm.of(calendar.termDates(id, academicYear)));
        return page(id, academicYear, user, request, model);
    }

    @PostMapping("/calendar/establishments/{id}/terms")
    String save(@PathVariable UUID id, @RequestParam int year, @ModelAttribute("form") TermDatesForm form,
            BindingResult result, @AuthenticationPrincipal AuditActor user, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        var academicYear = new AcademicYear(year);
        var errors = new ArrayList<FieldError>();
        var periods = form.toPeriods(errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            calendar.setTermDates(id, academicYear, periods, user);
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors().stream().map(f -> new FieldError(form.fieldOf(f.field()), f.message())).toList());
            return page(id, academicYear, user, request, model);
        }
        redirect.addFlashAttribute("flash", message("calendar.own.saved", academicYear.label()));
        return "redirect:/calendar/establishments/" + id + "/terms?year=" + year;
    }

    @PostMapping("/calendar/establishments/{id}/terms/la")
    String useTheLas(@PathVariable UUID id, @RequestParam int year, @AuthenticationPrincipal AuditActor user,
            RedirectAttributes redirect) {
        var academicYear = new AcademicYear(year);
        calendar.setTermDates(id, academicYear, java.util.List.of(), user);
        redirect.addFlashAttribute("flash", message("calendar.own.reverted", academicYear.label()));
        return "redirect:/calendar/establishments/" + id + "/terms?year=" + year;
    }

    @PostMapping("/calendar/term-dates/upload")
    @LaAdmin
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal AuditActor user,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "Choose a CSV file of term dates");
            }
            int saved = calendar.importTermDates(file.getInputStream(), user);
            redirect.addFlashAttribute("flash", message("calendar.upload.saved", saved));
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("uploadErrors", e.errors().stream().map(FieldError::message).toList());
        }
        return "redirect:/calendar";
    }

    private String page(UUID id, AcademicYear year, AuditActor user, HttpServletRequest request, Model model) {
        model.addAttribute("establishment", organisations.establishment(id)
                .orElseThrow(() -> new NotFoundException("No establishment " + id)));
        model.addAttribute("year", year);
        model.addAttribute("own", calendar.hasOwnTermDates(id, year));
        // As SchoolCalendar.setTermDates allows: the school itself, or an LA admin.
        model.addAttribute("canChange", request.isUserInRole("LA_ADMIN") || id.equals(user.organisationId()));
        return CalendarController.TERMS_VIEW;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
