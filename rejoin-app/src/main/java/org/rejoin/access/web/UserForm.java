package org.rejoin.access.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.rejoin.access.NewUser;
import org.rejoin.access.Role;

/** A new user as typed by an administrator. */
public class UserForm {

    private String username;
    private String displayName;
    private String email;
    private String organisationId;
    private List<String> roles = new ArrayList<>();
    private String password;

    NewUser toNewUser() {
        UUID organisation = null;
        try {
            organisation = organisationId == null || organisationId.isBlank() ? null : UUID.fromString(organisationId);
        }
        catch (IllegalArgumentException e) {
            organisation = null;
        }
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            try {
                chosen.add(Role.valueOf(role));
            }
            catch (IllegalArgumentException ignored) {
                // an unknown role is not offered by the form; leaving it out makes "select a role" the error
            }
        }
        return new NewUser(username, displayName, email, organisation, chosen, password);
    }

    public String getUsername() { return username; }
    public void setUsername(String v) { this.username = v; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String v) { this.displayName = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { this.email = v; }
    public String getOrganisationId() { return organisationId; }
    public void setOrganisationId(String v) { this.organisationId = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { this.roles = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { this.password = v; }
}
