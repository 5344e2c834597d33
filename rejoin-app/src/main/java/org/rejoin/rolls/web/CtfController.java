package org.rejoin.rolls.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.web.Choices;
import org.rejoin.platform.web.FormErrors;
import org.rejoin.platform.web.FormSubmission;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.RollEntry;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** Common Transfer Files: LA staff import them; an establishment (or LA staff for it) exports them. */
@Controller
@LaOrEstablishmentStaff
class CtfController {

    private final CommonTransferFiles ctfs;
    private final Registrations registrations;
    private final Organisations organisations;
    private final FormSubmission submission;
    private final java.time.Clock clock;
    private final Choices choices;

    CtfController(CommonTransferFiles ctfs, Registrations registrations, Organisations organisations,
            FormSubmission submission, Choices choices, java.time.Clock clock) {
        this.clock = clock;
        this.choices = choices;
        this.ctfs = ctfs;
        this.registrations = registrations;
        this.organisations = organisations;
        this.submission = submission;
    }

    @GetMapping("/rolls/ctf")
    @LaStaff
    String importPage() {
        return "rolls/ctf-import";
    }

    @PostMapping("/rolls/ctf")
    @LaStaff
    String importFile(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal RejoinUser user,
            Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            FormErrors.addTo(model, List.of(new FieldError("file", "Select a Common Transfer File (.xml)")));
            return "rolls/ctf-import";
        }
        try {
            model.addAttribute("imported", ctfs.importFile(file.getInputStream(), file.getOriginalFilename(), user));
        }
        catch (InvalidInputException e) {
            // A file's problems are named by element path; each goes in the summary, against the file input.
            var problems = e.errors().stream().map(x -> new FieldError("file",
                    x.field().startsWith("/") ? x.field() + ": " + x.message() : x.message())).toList();
            FormErrors.addTo(model, problems);
            if (problems.size() > 1) {
                model.addAttribute("fieldErrors", java.util.Map.of("file", "The file has " + problems.size()
                        + " problems, each listed above with its element"));
            }
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return "rolls/ctf-import";
    }

    @GetMapping("/rolls/{id}/ctf")
    String exportPage(@PathVariable UUID id, @RequestParam(required = false) UUID child,
            @AuthenticationPrincipal RejoinUser user, Model model) {
        var form = new CtfForm();
        var awaiting = ctfs.awaiting(id, user);
        if (child != null) {
            form.getChildIds().add(child.toString());
            // Where the deletion return says the child went, as a CTF names it.
            awaiting.stream().filter(d -> d.childId().equals(child) && d.destinationLa() != null)
                    .findFirst().ifPresent(d -> {
                        switch (d.destinationLa()) {
                            case "XXX" -> form.setDestinationKind("LOST");
                            case "MMM" -> form.setDestinationKind("ABROAD");
                            default -> {
                                form.setDestinationKind("SCHOOL");
                                form.setDestinationSchool(d.destinationLa() + d.destinationEstab());
                            }
                        }
                    });
        }
        model.addAttribute("ctf", form);
        return exportForm(id, user, model, awaiting, registrations.roll(id, user));
    }

    @PostMapping("/rolls/{id}/ctf")
    Object export(@PathVariable UUID id, @ModelAttribute("ctf") CtfForm form, BindingResult result,
            @AuthenticationPrincipal RejoinUser user, Model model) {
        var awaiting = ctfs.awaiting(id, user);
        var roll = registrations.roll(id, user);
        try {
            var errors = new ArrayList<FieldError>();
            var request = form.toRequest(id, roll.stream().map(RollEntry::childId).toList(), errors);
            // The service names the destination and the pupils its own way; say them as this form does.
            boolean listed = !form.getChildIds().isEmpty() || !awaiting.isEmpty();
            CtfExport export = submission.submit(errors, () -> {
                try {
                    return ctfs.export(request, user);
                }
                catch (InvalidInputException e) {
                    throw e.renamed(CtfForm.onForm(form.getDestinationKind(), listed));
                }
            });
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName())
                            .build().toString())
                    .contentType(MediaType.parseMediaType(export.contentType()))
                    .body(export.content());
        }
        catch (InvalidInputException e) {
            FormErrors.addTo(result, e.errors());
            return exportForm(id, user, model, awaiting, roll);
        }
    }

    private String exportForm(UUID id, RejoinUser user, Model model, List<CtfExport.Due> awaiting, List<RollEntry> roll) {
        var establishment = organisations.establishment(id).orElseThrow(() -> new NotFoundException("No establishment " + id));
        model.addAttribute("establishment", establishment);
        // Leavers still waiting for their file, and any pupil the form was opened for or has chosen; the whole
        // roll is one choice of its own, not a thousand boxes.
        var pupils = new LinkedHashMap<String, String>();
        awaiting.forEach(d -> pupils.put(d.childId().toString(), d.childName() + " (left "
                + d.leftOn() + (d.overdue() ? ", file overdue" : "") + ")"));
        var chosen = model.getAttribute("ctf") instanceof CtfForm f ? f.getChildIds() : List.<String>of();
        roll.stream().filter(p -> chosen.contains(p.childId().toString()))
                .forEach(p -> pupils.putIfAbsent(p.childId().toString(), p.name() + " (on roll)"));
        model.addAttribute("pupils", pupils);
        model.addAttribute("rollSize", roll.size());
        model.addAttribute("kinds", choices.labels(CtfForm.Kind.values(), "rolls.ctf.kind."));
        var schools = new LinkedHashMap<String, String>();
        organisations.openEstablishmentsInLocalAuthority().stream()
                .filter(e -> e.establishmentNumber() != null && !e.id().equals(id))
                .forEach(e -> schools.put(e.laestab(), e.name() + " (" + e.laestab() + ")"));
        model.addAttribute("schools", schools);
        model.addAttribute("sent", ctfs.sent(id, user));
        model.addAttribute("zone", clock.getZone());
        return "rolls/ctf-export";
    }
}
