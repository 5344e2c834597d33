package org.rejoin.tasks.web;

import java.time.Clock;
import java.time.LocalDate;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.ResultPage;
import org.rejoin.tasks.Tasks;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A person's task list: counted by kind, one kind or all, the most urgent then the soonest due first, 25 a page. */
@Controller
@LaStaff
class TaskListController {

    private final Tasks tasks;
    private final Clock clock;

    TaskListController(Tasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal RejoinUser user, Model model) {
        var queue = tasks.queue(user, kind, ResultPage.request(page, null));
        model.addAttribute("queue", queue);
        model.addAttribute("tasks", queue.page().items());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("base", queue.kind() == null ? "?" : "?kind=" + queue.kind() + "&");
        return "tasks/list";
    }
}
