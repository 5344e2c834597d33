package org.rejoin.shell.web;

import java.util.HashMap;
import java.util.Map;

import org.rejoin.access.UserAccounts;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Names people on pages as people: records keep who acted by username, and a page shows their name
 * ({@code ${@people.name(t.closedBy())}}). Rejoin's own actions say so. Each name is looked up once a request.
 */
@Component("people")
@RequestScope
public class People {

    private final UserAccounts users;
    private final Map<String, String> names = new HashMap<>();

    People(UserAccounts users) {
        this.users = users;
    }

    /** The person's name, or what the record holds when it names no user Rejoin knows. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        if (username.equals("system") || username.equals("rejoin")) {
            return "Rejoin";
        }
        return names.computeIfAbsent(username, u -> users.displayNameOf(u).orElse(u));
    }
}
