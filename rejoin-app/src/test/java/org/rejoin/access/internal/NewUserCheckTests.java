package org.rejoin.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.access.NewUser;
import org.rejoin.access.Role;
import org.rejoin.organisations.Organisation;
import org.rejoin.organisations.OrganisationKind;
import org.rejoin.platform.InvalidInputException.FieldError;

/** What a new user needs before they are created. */
class NewUserCheckTests {

    private static final Organisation SCHOOL = new Organisation(UUID.randomUUID(), OrganisationKind.ESTABLISHMENT,
            "Abbey Primary School", "999", null, null, null);

    private static NewUser user(String username, Set<Role> roles) {
        return new NewUser(username, "Sam Head", "sam.head@abbey.example.org", SCHOOL.id(), roles, "a long passphrase");
    }

    @Test
    void aSchoolUserOfASchoolCanBeCreated() {
        assertThat(NewUserCheck.problems(user(" sam.head ", Set.of(Role.SCHOOL_USER)), false, Optional.of(SCHOOL),
                Optional.empty())).isEmpty();
        assertThat(NewUserCheck.username(user(" sam.head ", Set.of()))).isEqualTo("sam.head");
    }

    @Test
    void aUsernameOfOtherCharactersIsRefusedBeforeAskingWhetherItIsTaken() {
        assertThat(NewUserCheck.wellFormed("sam head")).isFalse();
        assertThat(NewUserCheck.wellFormed("sh")).isFalse();
        assertThat(NewUserCheck.problems(user("sam.head", Set.of(Role.SCHOOL_USER)), true, Optional.of(SCHOOL), Optional.empty()))
                .extracting(FieldError::message).containsExactly("Username sam.head is already in use");
    }

    @Test
    void anLaRoleIsRefusedForASchoolUser() {
        assertThat(NewUserCheck.problems(user("sam.head", Set.of(Role.CME_OFFICER)), false, Optional.of(SCHOOL), Optional.empty()))
                .extracting(FieldError::message)
                .containsExactly("Role CME_OFFICER is for a user of the local authority, not of Abbey Primary School");
    }

    @Test
    void everyMissingFieldIsNamed() {
        var empty = new NewUser(null, " ", "not-an-email", null, Set.of(), "short");

        assertThat(NewUserCheck.problems(empty, false, Optional.empty(), Optional.of("Too short")))
                .extracting(FieldError::field)
                .containsExactly("username", "displayName", "email", "organisationId", "roles", "password");
    }
}
