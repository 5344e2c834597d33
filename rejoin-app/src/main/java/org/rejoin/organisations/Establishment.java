package org.rejoin.organisations;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.util.StringUtils;

/**
 * An establishment as Get Information About Schools (GIAS) describes it.
 *
 * @param id the establishment's organisation id
 * @param urn the 6-digit Unique Reference Number
 * @param establishmentNumber the 4-digit number that follows the LA code in the LAESTAB
 */
public record Establishment(UUID id, int urn, String laCode, String establishmentNumber, String name,
        int typeCode, String typeName, Integer phaseCode, String phaseName, int statusCode, String statusName,
        Integer statutoryLowAge, Integer statutoryHighAge, String street, String locality, String address3,
        String town, String county, String postcode, LocalDate openedOn, LocalDate closedOn) {

    // GIAS TypeOfEstablishment codes (docs/rules/identifiers.md): 14 PRU, 38 free school AP, 42 AP converter,
    // 43 AP sponsor-led.
    private static final Set<Integer> ALTERNATIVE_PROVISION_TYPES = Set.of(14, 38, 42, 43);
    // GIAS TypeOfEstablishment codes (docs/rules/identifiers.md): 10 other independent special school,
    // 11 other independent school.
    private static final Set<Integer> INDEPENDENT_TYPES = Set.of(10, 11);

    /** LAESTAB: the LA code followed by the establishment number, e.g. {@code 8012345}. */
    public String laestab() {
        return establishmentNumber == null ? null : laCode + establishmentNumber;
    }

    public boolean isAlternativeProvision() {
        return ALTERNATIVE_PROVISION_TYPES.contains(typeCode);
    }

    public boolean isIndependent() {
        return INDEPENDENT_TYPES.contains(typeCode);
    }

    /** GIAS status 1 open and 3 open but proposed to close (docs/rules/identifiers.md). */
    public boolean isOpen() {
        return statusCode == 1 || statusCode == 3;
    }

    public String address() {
        return String.join(", ", Stream.of(street, locality, address3, town, county, postcode)
                .filter(StringUtils::hasText).toList());
    }
}
