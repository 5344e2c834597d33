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
    void anyRoleIsEveryRoleAndEstablishmentStaffAddSchoolsAndProvidersToTheLa() {
        assertThat(named(Authorities.ANY_ROLE)).containsExactlyInAnyOrder(Role.values());
        var establishment = EnumSet.copyOf(Role.LOCAL_AUTHORITY_STAFF);
        establishment.addAll(Arrays.asList(Role.SCHOOL_USER, Role.PROVIDER_USER));
        assertThat(named(Authorities.LA_OR_ESTABLISHMENT_STAFF)).isEqualTo(establishment);
    }
}
