package org.rejoin.shell.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.rejoin.access.RejoinUser;
import org.rejoin.access.Role;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.Organisations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the LA's name, the user and their navigation. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    private final Organisations organisations;

    ShellModelAdvice(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("localAuthorityName")
    String localAuthorityName() {
        return organisations.localAuthority().map(Organisation::name).orElse(null);
    }

    @ModelAttribute("currentUser")
    RejoinUser currentUser(@AuthenticationPrincipal RejoinUser user) {
        return user;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(@AuthenticationPrincipal RejoinUser user, HttpServletRequest request) {
        var items = new ArrayList<NavigationItem>();
        if (user == null) {
            return items;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        add(items, "nav.home", "/", path.equals("/"));
        add(items, "nav.children", "/children", path.startsWith("/children"));
        add(items, "nav.establishments", "/establishments", path.startsWith("/establishments"));
        add(items, "nav.referrals", "/referrals", path.startsWith("/referrals"));
        if (user.hasAny(List.of(Role.SCHOOL_USER, Role.PROVIDER_USER))) {
            add(items, "nav.roll", "/rolls", path.startsWith("/rolls"));
        }
        if (user.isLocalAuthorityStaff() || user.hasAny(List.of(Role.SCHOOL_USER, Role.PROVIDER_USER))) {
            add(items, "nav.attendance", "/attendance", path.startsWith("/attendance"));
        }
        if (user.isLocalAuthorityStaff()) {
            add(items, "nav.cme", "/cme", path.startsWith("/cme"));
            add(items, "nav.tasks", "/tasks", path.startsWith("/tasks"));
            add(items, "nav.movements", "/rolls/movements", path.startsWith("/rolls/movements"));
            add(items, "nav.matches", "/matches", path.startsWith("/matches"));
        }
        if (user.isLaManager()) {
            add(items, "nav.calendar", "/calendar", path.startsWith("/calendar"));
        }
        if (user.has(Role.LA_ADMIN)) {
            add(items, "nav.users", "/admin/users", path.startsWith("/admin/users"));
            add(items, "nav.agencies", "/admin/agencies", path.startsWith("/admin/agencies"));
        }
        return items;
    }

    private static void add(List<NavigationItem> items, String label, String href, boolean active) {
        items.add(new NavigationItem(label, href, active));
    }
}
