package org.rejoin.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.audit.AuditActor;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaManagers;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.FormErrors;

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

/** The LA's school calendar: term dates by academic year, bank holidays, INSET days. */
@Controller
class CalendarController {

    static final String CALENDAR_VIEW = "calendar/calendar";
    static final String TERMS_VIEW = "calendar/terms";
    static final String INSET_VIEW = "calendar/inset";

    private final SchoolCalendar calendar;
    private final Organisations organisations;
    private final Clock clock;

    CalendarController(SchoolCalendar calendar, Organisations organisations, Clock clock) {
        this.calendar = calendar;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    @LaManagers
    String calendar(@RequestParam(required = false) Integer year, Model model) {
        var today = LocalDate.now(clock);
        var shown = year == null ? AcademicYear.of(today) : new AcademicYear(year);
        var years = calendar.yearsWithTermDates();
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("terms", calendar.termDates(shown));
        model.addAttribute("bankHolidays", calendar.bankHolidays(shown.firstDay(), shown.lastDay()));
        int next = years.isEmpty() ? AcademicYear.of(today).startYear() : years.get(years.size() - 1).startYear() + 1;
        model.addAttribute("nextYear", new AcademicYear(next));
        if (years.contains(shown)) {
            var days = calendar.forLocalAuthority();
            model.addAttribute("schoolDayCount", days.countBetween(shown.firstDay().minusDays(1), shown.lastDay()));
        }
        return CALENDAR_VIEW;
    }

    @GetMapping("/calendar/{year}/terms")
    @LaAdmin
    String editTerms(@PathVariable int year, Model model) {
        var academicYear = new AcademicYear(year);
        model.addAttribute("year", academicYear);
        model.addAttribute("form", TermDatesForm.of(calendar.termDates(academicYear)));
        return TERMS_VIEW;
    }

    @PostMapping("/calendar/{year}/terms")
    @LaAdmin
    String saveTerms(@PathVariable int year, @ModelAttribute("form") TermDatesForm form, BindingResult result,
            @AuthenticationPrincipal AuditActor user, Model model, RedirectAttributes redirect) {
        var academicYear = new AcademicYear(year);
        model.addAttribute("year", academicYear);
        var errors = new ArrayList<FieldError>();
        var periods = form.toPeriods(errors);
        if (!errors.isEmpty()) {
            FormErrors.addTo(result, errors);
            return TERMS_VIEW;
        }
        try {
            calendar.setTermDates(academicYear, periods, user);
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors().stream()
                    .map(f -> new FieldError(form.fieldOf(f.field()), f.message())).toList());
            return TERMS_VIEW;
        }
        redirect.addFlashAttribute("flash", "Term dates for " + academicYear.label() + " saved");
        return "redirect:/calendar?year=" + year;
    }

    @GetMapping("/calendar/inset")
    @LaManagers
    String inset(@RequestParam UUID establishment, @RequestParam(required = false) Integer year, Model model) {
        var academicYear = year == null ? AcademicYear.of(LocalDate.now(clock)) : new AcademicYear(year);
        model.addAttribute("year", academicYear);
        model.addAttribute("establishment", organisations.establishment(establishment)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishment)));
        model.addAttribute("days", calendar.insetDays(establishment, academicYear));
        return INSET_VIEW;
    }

    @PostMapping("/calendar/inset")
    @LaAdmin
    String saveInset(@RequestParam UUID establishment, @RequestParam int year,
            @RequestParam(required = false) List<String> days, @AuthenticationPrincipal AuditActor user, Model model,
            RedirectAttributes redirect) {
        var academicYear = new AcademicYear(year);
        var parsed = new ArrayList<LocalDate>();
        var errors = new ArrayList<String>();
        for (String day : days == null ? List.<String>of() : days) {
            if (day == null || day.isBlank()) {
                continue;
            }
            try {
                parsed.add(LocalDate.parse(day.trim()));
            }
            catch (DateTimeParseException e) {
                errors.add("'" + day + "' is not a date in the form yyyy-mm-dd");
            }
        }
        if (errors.isEmpty()) {
            try {
                calendar.setInsetDays(establishment, academicYear, parsed, user);
                redirect.addFlashAttribute("flash", "INSET days saved");
                return "redirect:/calendar/inset?establishment=" + establishment + "&year=" + year;
            }
            catch (InvalidInputException e) {
                e.errors().forEach(f -> errors.add(f.message()));
            }
        }
        model.addAttribute("year", academicYear);
        model.addAttribute("establishment", organisations.establishment(establishment)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishment)));
        model.addAttribute("days", parsed);
        model.addAttribute("errors", errors);
        return INSET_VIEW;
    }
}
