package org.rejoin.organisations.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.audit.AuditActor;
import org.rejoin.organisations.EstablishmentGroup;
import org.rejoin.organisations.EstablishmentImport;
import org.rejoin.organisations.EstablishmentSearch;
import org.rejoin.organisations.EstablishmentSection;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.ResultPage;
import org.rejoin.platform.SignedIn;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** List, search and view establishments; LA administrators import them from GIAS. */
@Controller
class EstablishmentController {

    static final String LIST_VIEW = "organisations/establishments";
    static final String DETAIL_VIEW = "organisations/establishment";
    static final String IMPORT_VIEW = "organisations/import";

    private final List<EstablishmentSection> sections;

    private final Organisations organisations;
    private final EstablishmentImport establishmentImport;

    EstablishmentController(Organisations organisations, EstablishmentImport establishmentImport,
            List<EstablishmentSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(EstablishmentSection::order)).toList();
        this.organisations = organisations;
        this.establishmentImport = establishmentImport;
    }

    @GetMapping("/establishments")
    @SignedIn
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) EstablishmentGroup group,
            @RequestParam(defaultValue = "false") boolean openOnly, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("group", group);
        model.addAttribute("openOnly", openOnly);
        model.addAttribute("groups", EstablishmentGroup.values());
        model.addAttribute("results", organisations.searchEstablishments(new EstablishmentSearch(q, group, openOnly),
                ResultPage.request(page, 50)));
        var query = new StringBuilder("?");
        if (q != null && !q.isBlank()) {
            query.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
        }
        if (group != null) {
            query.append("group=").append(group).append('&');
        }
        if (openOnly) {
            query.append("openOnly=true&");
        }
        model.addAttribute("pageBase", query.toString());
        return LIST_VIEW;
    }

    @GetMapping("/establishments/{id}")
    @SignedIn
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("establishment", organisations.establishment(id)
                .orElseThrow(() -> new NotFoundException("No establishment " + id)));
        model.addAttribute("sections", sections.stream().map(s -> Map.entry(s.fragment(), s.model(id)))
                .filter(e -> !e.getValue().isEmpty()).toList());
        return DETAIL_VIEW;
    }

    @GetMapping("/establishments/import")
    @LaAdmin
    String importForm() {
        return IMPORT_VIEW;
    }

    @PostMapping("/establishments/import")
    @LaAdmin
    String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal AuditActor user, Model model)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("fileError", "Select a GIAS establishment fields CSV file");
            return IMPORT_VIEW;
        }
        var report = establishmentImport.importGias(file.getInputStream(), file.getOriginalFilename(), user);
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return IMPORT_VIEW;
    }
}
