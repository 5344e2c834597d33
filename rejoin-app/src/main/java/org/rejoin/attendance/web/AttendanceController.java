package org.rejoin.attendance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.attendance.AttendanceOverview;
import org.rejoin.attendance.AttendanceProperties;
import org.rejoin.attendance.EducationHours;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.TableDownload;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attendance pages: the LA's overview and the targeting lists. An establishment's daily register and CSV upload
 * are {@link RegisterController}'s; part-time timetables and session times {@link TimetableController}'s.
 */
@Controller
@LaOrEstablishmentStaff
class AttendanceController {

    private final AttendanceOverview overview;
    private final EducationHours hours;
    private final Organisations organisations;
    private final MessageSource messages;
    private final AttendanceProperties properties;
    private final ChildRegister children;
    private final Clock clock;

    AttendanceController(AttendanceOverview overview, EducationHours hours, Organisations organisations,
            MessageSource messages, AttendanceProperties properties, ChildRegister children, Clock clock) {
        this.children = children;
        this.properties = properties;
        this.overview = overview;
        this.hours = hours;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/attendance")
    String home(@RequestParam(required = false) String period, @AuthenticationPrincipal RejoinUser user, Model model) {
        if (!user.isLocalAuthorityStaff()) {
            return "redirect:/attendance/establishments/" + user.organisationId() + "/register";
        }
        boolean year = "year".equals(period);
        model.addAttribute("la", overview.localAuthority(year ? overview.thisYear() : overview.thisTerm(), user));
        model.addAttribute("period", year ? "year" : "term");
        model.addAttribute("shortHours", hours.shortHours(user));
        var timetables = hours.runningTimetables(null, user);
        model.addAttribute("timetables", timetables);
        var names = new java.util.HashMap<UUID, String>();
        children.summaries(timetables.stream().map(t -> t.childId()).distinct().toList(), user)
                .forEach(c -> names.put(c.id(), c.displayName()));
        model.addAttribute("names", names);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("minimumHours", properties.minimumWeeklyHours());
        return "attendance/la";
    }

    /**
     * The targeting support list of one school as CSV or an Excel workbook, for the termly meeting: headed in
     * words, year groups, answers and alerts as people say them.
     */
    @GetMapping("/attendance/establishments/{id}/targeting.{format}")
    ResponseEntity<byte[]> targeting(@PathVariable UUID id, @PathVariable String format,
            @RequestParam(required = false) String period, @AuthenticationPrincipal RejoinUser user) {
        var as = TableDownload.Format.of(format);
        if (as == null) {
            throw new NotFoundException("No targeting list as " + format + ": csv or xlsx");
        }
        var establishment = establishment(id);
        var chosen = "year".equals(period) ? overview.thisYear() : overview.thisTerm();
        var rows = new ArrayList<List<Object>>();
        for (var t : overview.targeting(id, chosen, user)) {
            var f = t.figures();
            rows.add(java.util.Arrays.asList(t.upn(), t.name(), t.dateOfBirth(), yearGroup(t.yearGroup()),
                    establishment.urn(), chosen.from(), chosen.to(), f.possible(), f.authorised(), f.unauthorised(),
                    f.attendancePercent(), yesNo(f.persistentAbsence()), yesNo(f.severeAbsence()),
                    String.join("; ", t.alerts().stream().map(a -> message("attendance.alert." + a.name())).toList())));
        }
        return TableDownload.of("targeting-" + establishment.urn() + "-" + chosen.to(), as, List.of("UPN", "Name",
                "Date of birth", "Year group", "Establishment URN", "From", "To", "Possible sessions", "Authorised absence",
                "Unauthorised absence", "Attendance %", "Persistent absence", "Severe absence", "Alerts"), rows);
    }

    private String yearGroup(Integer yearGroup) {
        return yearGroup == null ? "" : yearGroup == 0 ? "Reception" : yearGroup < 0 ? "Nursery" : "Year " + yearGroup;
    }

    private static String yesNo(boolean answer) {
        return answer ? "Yes" : "No";
    }

    private Establishment establishment(UUID id) {
        return organisations.establishment(id).orElseThrow(() -> new NotFoundException("No establishment " + id));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
