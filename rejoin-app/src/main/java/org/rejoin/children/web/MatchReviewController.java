package org.rejoin.children.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.MatchDecision;
import org.rejoin.children.MatchReviews;
import org.rejoin.children.RegisterScans;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The match review queue: LA staff decide whether two records are one child. */
@Controller
@LaStaff
class MatchReviewController {

    static final String QUEUE_VIEW = "children/match-reviews";
    static final String REVIEW_VIEW = "children/match-review";
    /** The same child, and their records made one. */
    static final String MERGE = "MERGE";

    private final MatchReviews reviews;
    private final RegisterScans scans;
    private final ChildMerges merges;
    private final MessageSource messages;
    private final Clock clock;

    MatchReviewController(MatchReviews reviews, RegisterScans scans, ChildMerges merges, MessageSource messages,
            Clock clock) {
        this.reviews = reviews;
        this.scans = scans;
        this.merges = merges;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/matches")
    @LaStaff
    String queue(@RequestParam(required = false) Integer page, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("reviews", reviews.open(ResultPage.request(page, 25), user));
        model.addAttribute("scan", scans.latest(user).orElse(null));
        var counts = reviews.decisionCounts(user);
        model.addAttribute("decidedSame", counts.get(MatchDecision.SAME_CHILD));
        model.addAttribute("decidedDifferent", counts.get(MatchDecision.DIFFERENT_CHILDREN));
        model.addAttribute("zone", clock.getZone());
        return QUEUE_VIEW;
    }

    /**
     * The decided pairs as labelled pairs, one row each: the two children, people's decision, and
     * what the engine said when it raised the pair. For measuring the engine against the LA's own
     * judgement, or training a model on it.
     */
    @GetMapping(value = "/matches/decided.csv", produces = "text/csv")
    @LaAdmin
    ResponseEntity<String> decided(@AuthenticationPrincipal RejoinUser user) throws IOException {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("left_id", "right_id", "same_child",
                "match_weight", "probability", "guards", "blocking_rule", "model_version", "source", "raised_at",
                "decided_at", "decided_by", "reason").get())) {
            for (var r : reviews.decided(user)) {
                var e = r.explanation();
                csv.printRecord(r.child().id(), r.candidate().id(), r.decision() == MatchDecision.SAME_CHILD,
                        String.format(Locale.ROOT, "%.3f", e.totalWeight()), String.format(Locale.ROOT, "%.6f", e.probability()),
                        e.guards().stream().map(Enum::name).collect(Collectors.joining(" ")),
                        e.blockingRule() == null ? "" : e.blockingRule().name(), e.modelVersion(), r.source(), r.raisedAt(),
                        r.decidedAt(), r.decidedBy(), r.reason());
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("match-decisions-" + LocalDate.now(clock) + ".csv").build().toString())
                .body(out.toString());
    }

    @PostMapping("/matches/scan")
    @LaAdmin
    String scan(@AuthenticationPrincipal RejoinUser user, RedirectAttributes redirect) {
        try {
            scans.start(user);
            redirect.addFlashAttribute("flash", messages.getMessage("matches.scan.started", null,
                    LocaleContextHolder.getLocale()));
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", e.errors().get(0).message());
        }
        return "redirect:/matches";
    }

    @GetMapping("/matches/{id}")
    @LaStaff
    String review(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        return show(reviews.get(id, user), model);
    }

    @PostMapping("/matches/{id}")
    @LaStaff
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, @AuthenticationPrincipal RejoinUser user, Model model,
            RedirectAttributes redirect) {
        boolean merge = MERGE.equals(decision);
        MatchDecision chosen = merge ? MatchDecision.SAME_CHILD : decisionOf(decision);
        try {
            var review = reviews.decide(id, chosen, reason, user);
            if (merge) {
                // The record already in the register is kept; the newer one is merged into it.
                merges.merge(review.candidate().id(), review.child().id(), reason, user);
                redirect.addFlashAttribute("flash", messages.getMessage("matches.decided.MERGE", null,
                        LocaleContextHolder.getLocale()));
                return "redirect:/matches";
            }
        }
        catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            e.errors().forEach(error -> model.addAttribute(error.field() + "Error", error.message()));
            model.addAttribute("reason", reason);
            model.addAttribute("chosen", decision);
            return show(reviews.get(id, user), model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("matches.decided." + chosen, null,
                LocaleContextHolder.getLocale()));
        return "redirect:/matches";
    }

    private static MatchDecision decisionOf(String value) {
        try {
            return value == null ? null : MatchDecision.valueOf(value);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String show(org.rejoin.children.MatchReview review, Model model) {
        model.addAttribute("review", review);
        var decisions = new LinkedHashMap<String, String>();
        for (String d : new String[] {MERGE, MatchDecision.SAME_CHILD.name(), MatchDecision.DIFFERENT_CHILDREN.name()}) {
            decisions.put(d, messages.getMessage("matches.decision." + d, null, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("decisions", decisions);
        return REVIEW_VIEW;
    }
}
