package org.rejoin.attendance.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceCode;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.MarkLoad;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.CalendarNotDefinedException;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.FileDates;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.rolls.RollFilter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An establishment's daily register: a day's marks typed box by box, or a CSV of marks uploaded, each load
 * checked all together and nothing written if any mark is wrong.
 */
@Controller
@LaOrEstablishmentStaff
class RegisterController {

    /**
     * Registers longer than this are shown a year group at a time (local choice, ADR 19): schools take registers by
     * group, and a page of about 300 pupils answers within the 300 ms the page benchmark holds pages to.
     */
    static final int ONE_LIST = 300;

    private final AttendanceMarks marks;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;

    RegisterController(AttendanceMarks marks, Organisations organisations, SchoolCalendar calendar, MessageSource messages,
            Clock clock) {
        this.marks = marks;
        this.organisations = organisations;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/attendance/establishments/{id}/register")
    String register(@PathVariable UUID id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @AuthenticationPrincipal RejoinUser user, Model model) {
        LocalDate day = LocalDate.now(clock);
        if (date != null && !date.isBlank()) {
            // Typed as day/month/year (the way schools write dates, whatever the browser's language), or from a link.
            try {
                day = FileDates.parse(date.trim());
            }
            catch (DateTimeParseException e) {
                FormErrors.addTo(model, List.of(new FieldError("date", message("attendance.register.badDate", date))));
            }
        }
        return registerPage(establishment(id), day, shown(marks.register(id, day, user), day, q, year, model), model);
    }

    /**
     * The pupils a register shows: those a name or the start of a UPN, or a year group, picks out; only their marks
     * are sent. A long register (a secondary school's) opens at its first year group, as registers are taken by
     * group; {@code year} empty (not absent) is every year group. A pupil whose date of birth is not known is in
     * every year group's register, so that nobody is left unmarked.
     */
    private List<AttendanceMarks.RegisterEntry> shown(List<AttendanceMarks.RegisterEntry> all, LocalDate day, String q,
            String year, Model model) {
        var academicYear = AcademicYear.of(day);
        var groups = all.stream().filter(p -> p.dateOfBirth() != null).map(p -> academicYear.yearGroup(p.dateOfBirth()))
                .distinct().sorted().toList();
        Integer chosen = year != null && year.strip().matches("-?\\d{1,2}") ? Integer.valueOf(year.strip()) : null;
        Integer shown = year == null && (q == null || q.isBlank()) && all.size() > ONE_LIST && !groups.isEmpty()
                ? groups.get(0) : chosen;
        var byText = new RollFilter(q, null);
        var byYear = new RollFilter(q, shown);
        model.addAttribute("q", q);
        model.addAttribute("year", shown);
        model.addAttribute("yearGroups", groups);
        return all.stream().filter(p -> byYear.admits(p.name(), p.upn(), p.dateOfBirth(), academicYear)
                || p.dateOfBirth() == null && byText.admits(p.name(), p.upn(), null, academicYear)).toList();
    }

    /** The register of a day as it opens, with nothing asked for: a long one at its first year group. */
    private String registerPage(Establishment establishment, LocalDate day, RejoinUser user, Model model) {
        return registerPage(establishment, day, shown(marks.register(establishment.id(), day, user), day, null, null, model),
                model);
    }

    /** The register page of pupils already read (the service checks who may read them). */
    private String registerPage(Establishment establishment, LocalDate day, List<AttendanceMarks.RegisterEntry> pupils,
            Model model) {
        model.addAttribute("establishment", establishment);
        model.addAttribute("day", day);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("pupils", pupils);
        try {
            var days = calendar.forEstablishment(establishment.id());
            model.addAttribute("schoolDay", days.isSchoolDay(day));
            model.addAttribute("previous", days.add(day, -1));
            LocalDate next = days.add(day, 1);
            model.addAttribute("next", next.isAfter(LocalDate.now(clock)) ? null : next);
        }
        catch (CalendarNotDefinedException e) {
            model.addAttribute("schoolDay", day.getDayOfWeek().getValue() <= 5);
            model.addAttribute("previous", day.minusDays(1));
            model.addAttribute("next", day.isBefore(LocalDate.now(clock)) ? day.plusDays(1) : null);
        }
        model.addAttribute("codes", AttendanceCode.values());
        return "attendance/register";
    }

    /** Saves a day's register: each mark typed or changed, checked all together, nothing written if any is wrong. */
    @PostMapping("/attendance/establishments/{id}/register")
    String saveRegister(@PathVariable UUID id, @RequestParam String date, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) {
        var establishment = establishment(id);
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        }
        catch (DateTimeParseException e) {
            throw new InvalidInputException("date", message("attendance.register.badDate", date));
        }
        var pupils = marks.register(id, day, user);
        // Each mark sent, and the box and pupil it came from, in the same order.
        var sent = new ArrayList<NewMark>();
        var boxes = new ArrayList<Box>();
        var typed = new LinkedHashMap<String, String>();
        for (var p : pupils) {
            for (var session : Session.values()) {
                String field = session.name().toLowerCase(java.util.Locale.ROOT) + "-" + p.childId();
                String value = form.getOrDefault(field, "").strip();
                typed.put(field, value);
                var held = session == Session.AM ? p.am() : p.pm();
                if (value.isEmpty() || held != null && held.mark().equals(value)) {
                    continue;
                }
                sent.add(new NewMark(p.childId().toString(), establishment.urn(), day, session, value));
                boxes.add(new Box(field, p, session));
            }
        }
        // Back to the same register: the day, and the year group it showed.
        String back = "redirect:/attendance/establishments/" + id + "/register?date=" + day
                + (form.getOrDefault("year", "").matches("-?\\d{1,2}") ? "&year=" + form.get("year")
                        : form.containsKey("year") ? "&year=" : "")
                + (form.getOrDefault("q", "").isBlank() ? "" : "&q=" + java.net.URLEncoder.encode(form.get("q"),
                        java.nio.charset.StandardCharsets.UTF_8));
        if (sent.isEmpty()) {
            redirect.addFlashAttribute("flash", message("attendance.register.nothing"));
            return back;
        }
        try {
            var load = marks.load(sent, "REGISTER", user);
            redirect.addFlashAttribute("flash", message("attendance.register.saved", load.marks(), load.changed()));
            flashIgnored(load, redirect);
            return back;
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(model, onBoxes(e.errors(), boxes));
            model.addAttribute("typed", typed);
            // The same pupils as were shown, so that the boxes typed in are there to correct.
            return registerPage(establishment, day, shown(pupils, day, form.get("q"), form.getOrDefault("year", ""), model),
                    model);
        }
    }

    /** A box of the register page: its field, the pupil and the session it is for. */
    private record Box(String field, AttendanceMarks.RegisterEntry pupil, Session session) {
    }

    /** The load names rows; the page names the boxes they were typed in. */
    private List<FieldError> onBoxes(List<FieldError> rowErrors, List<Box> boxes) {
        var errors = new ArrayList<FieldError>();
        for (var error : rowErrors) {
            String field = error.field();
            if (field.startsWith("row ")) {
                int row = Integer.parseInt(field.substring(4)) - 1;
                if (row >= 0 && row < boxes.size()) {
                    var box = boxes.get(row);
                    errors.add(new FieldError(box.field(), message("attendance.register.rowError", box.pupil().name(),
                            box.session().name(), error.message())));
                    continue;
                }
            }
            errors.add(error);
        }
        return errors;
    }

    @PostMapping("/attendance/establishments/{id}/upload")
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal RejoinUser user, Model model, RedirectAttributes redirect) throws IOException {
        var establishment = establishment(id);
        if (file == null || file.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldError("file", message("attendance.upload.missing"))));
            return registerPage(establishment, LocalDate.now(clock), user, model);
        }
        try {
            var load = marks.loadCsv(file.getInputStream(), user);
            redirect.addFlashAttribute("flash", message("attendance.upload.saved", load.marks(), load.pupils(), load.changed()));
            flashIgnored(load, redirect);
            return "redirect:/attendance/establishments/" + id + "/register";
        }
        catch (InvalidInputException e) {
            model.addAttribute("uploadErrors", e.errors());
            FormErrors.addTo(model, List.of(new FieldError("file", message("attendance.upload.refused", e.errors().size()))));
            return registerPage(establishment, LocalDate.now(clock), user, model);
        }
    }

    private Establishment establishment(UUID id) {
        return organisations.establishment(id).orElseThrow(() -> new NotFoundException("No establishment " + id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The marks set aside because their day is not a school day, named under the saved message. */
    private void flashIgnored(MarkLoad load, RedirectAttributes redirect) {
        if (load.ignored() > 0) {
            var notes = new java.util.ArrayList<String>();
            notes.add(message("attendance.upload.ignored", load.ignored()));
            notes.addAll(load.notes());
            redirect.addFlashAttribute("flashNotes", notes);
        }
    }
}
