package org.rejoin.children;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything about a child that a person records: the input of create and update, and the
 * core of what is read back. Collections are complete: an update replaces them.
 */
public record ChildDetails(
        String legalForename, String middleNames, String legalSurname,
        String preferredForename, String preferredSurname,
        LocalDate dateOfBirth, boolean dateOfBirthEstimated, Sex sex,
        String upn, String uln,
        List<String> formerUpns, List<FormerName> formerNames,
        List<Address> addresses, List<Carer> carers, List<Characteristic> characteristics) {

    public ChildDetails {
        formerUpns = formerUpns == null ? List.of() : List.copyOf(formerUpns);
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        carers = carers == null ? List.of() : List.copyOf(carers);
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
    }

    /** Nothing recorded: what a new record's changes are counted from. */
    public static final ChildDetails NONE = new ChildDetails(null, null, null, null, null, null, false, null, null, null,
            null, null, null, null, null);

    /**
     * A child as a return, a form or a referral reports them: legal names, date of birth, sex, UPN and
     * addresses. The other names, identifiers, carers and characteristics the register gathers over
     * time are empty.
     */
    public static ChildDetails reported(String legalForename, String middleNames, String legalSurname,
            LocalDate dateOfBirth, boolean dateOfBirthEstimated, Sex sex, String upn, List<Address> addresses) {
        return new ChildDetails(legalForename, middleNames, legalSurname, null, null, dateOfBirth, dateOfBirthEstimated,
                sex, upn, null, null, null, addresses, null, null);
    }

    /** The same details with these characteristics. */
    public ChildDetails withCharacteristics(List<Characteristic> list) {
        return new ChildDetails(legalForename, middleNames, legalSurname, preferredForename, preferredSurname,
                dateOfBirth, dateOfBirthEstimated, sex, upn, uln, formerUpns, formerNames, addresses, carers, list);
    }

    /** The name a child is known by: preferred where recorded, legal otherwise. */
    public String knownAs() {
        String forename = preferredForename == null || preferredForename.isBlank() ? legalForename : preferredForename;
        String surname = preferredSurname == null || preferredSurname.isBlank() ? legalSurname : preferredSurname;
        return forename + " " + surname;
    }

    public String legalName() {
        return legalForename + (middleNames == null || middleNames.isBlank() ? "" : " " + middleNames) + " "
                + legalSurname;
    }

    public record FormerName(String forename, String surname, LocalDate usedUntil) {
    }

    public record Address(String line1, String line2, String town, String postcode, LocalDate startsOn,
            LocalDate endsOn) {

        public boolean isCurrentOn(LocalDate date) {
            return (startsOn == null || !startsOn.isAfter(date)) && (endsOn == null || !endsOn.isBefore(date));
        }

        public String singleLine() {
            return String.join(", ", Stream.of(line1, line2, town, postcode)
                    .filter(s -> s != null && !s.isBlank()).toList());
        }
    }

    public record Carer(String name, String relationship, boolean parentalResponsibility, String telephone,
            String email, String address) {
    }

    public record Characteristic(CharacteristicType type, String detail, LocalDate startsOn, LocalDate endsOn) {

        public boolean isCurrentOn(LocalDate date) {
            return (startsOn == null || !startsOn.isAfter(date)) && (endsOn == null || !endsOn.isBefore(date));
        }
    }
}
