package org.rejoin.tasks.web;

import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaStaff;
import org.rejoin.tasks.Tasks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person records a task done, with what they did, from whichever page shows it. */
@Controller
class TaskController {

    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/tasks/{id}/done")
    @LaStaff
    String done(@PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "/referrals") String back, @AuthenticationPrincipal RejoinUser user,
            RedirectAttributes redirect) {
        String target = back.startsWith("/") && !back.startsWith("//") ? back : "/referrals";
        try {
            var task = tasks.complete(id, note, user);
            redirect.addFlashAttribute("flash", "Recorded as done: " + task.title());
        }
        catch (InvalidInputException e) {
            redirect.addFlashAttribute("taskError", e.errors().get(0).message());
            redirect.addFlashAttribute("taskErrorId", id);
        }
        return "redirect:" + target;
    }
}
