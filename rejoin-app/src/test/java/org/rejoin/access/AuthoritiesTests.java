package org.rejoin.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rejoin.platform.Authorities;

/** The rules said once agree with the roles they name. */
class AuthoritiesTests {

    static Set<Role> named(String expression) {
        return Pattern.compile("'([A-Z_]+)'").matcher(expression).results().map(m -> Role.valueOf(m.group(1)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Test
    void laStaffAreExactlyTheLocalAuthorityStaffRoles() {
        assertThat(named(Authorities.LA_STAFF)).isEqualTo(Role.LOCAL_AUTHORITY_STAFF);
    }

    @Test
    void laManagersAreExactlyTheRolesThatSetTheLasPolicy() {
        assertThat(named(Authorities.LA_MANAGERS)).isEqualTo(Role.LA_MANAGERS);
    }

    @Test
    void anyRoleIsEveryRoleAndEstablishmentStaffAddSchoolsAndProvidersToTheLa() {
        assertThat(named(Authorities.ANY_ROLE)).containsExactlyInAnyOrder(Role.values());
        var establishment = EnumSet.copyOf(Role.LOCAL_AUTHORITY_STAFF);
        establishment.addAll(Arrays.asList(Role.SCHOOL_USER, Role.PROVIDER_USER));
        assertThat(named(Authorities.LA_OR_ESTABLISHMENT_STAFF)).isEqualTo(establishment);
    }

    @Test
    void everyRuleNamesOnlyLocalAuthorityRolesOrAddsToThemAsItSays() {
        assertThat(named(Authorities.LA_ADMIN)).containsExactly(Role.LA_ADMIN);
        assertThat(named(Authorities.LA_MANAGERS)).containsExactlyInAnyOrder(Role.LA_ADMIN, Role.LA_MANAGER);
        assertThat(named(Authorities.CME_OVERSIGHT)).containsExactlyInAnyOrder(Role.LA_ADMIN, Role.LA_MANAGER,
                Role.CME_OFFICER);
        assertThat(named(Authorities.REGISTRATION_KEEPERS)).containsExactlyInAnyOrder(Role.LA_ADMIN, Role.CME_OFFICER);
    }
}
