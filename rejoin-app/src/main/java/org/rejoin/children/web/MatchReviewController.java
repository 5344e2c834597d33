package org.rejoin.children.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.MatchDecision;
import org.rejoin.children.MatchReviews;
import org.rejoin.children.RegisterScans;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.ResultPage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PreAuthorize(ChildController.LA_STAFF)
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
    @PreAuthorize(ChildController.LA_STAFF)
    String queue(@RequestParam(required = false) Integer page, @AuthenticationPrincipal RejoinUser user, Model model) {
        model.addAttribute("reviews", reviews.open(ResultPage.request(page, 25), user));
        model.addAttribute("scan", scans.latest(user).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return QUEUE_VIEW;
    }

    @PostMapping("/matches/scan")
    @PreAuthorize("hasRole('LA_ADMIN')")
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
    @PreAuthorize(ChildController.LA_STAFF)
    String review(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user, Model model) {
        return show(reviews.get(id, user), model);
    }

    @PostMapping("/matches/{id}")
    @PreAuthorize(ChildController.LA_STAFF)
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
