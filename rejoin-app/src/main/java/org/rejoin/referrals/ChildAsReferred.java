package org.rejoin.referrals;

import java.time.LocalDate;

import org.rejoin.children.Sex;

/**
 * The child as a referral describes them: any of it may be missing but a name.
 *
 * @param approximateAge the child's age in years when the date of birth is not known
 */
public record ChildAsReferred(String forename, String middleNames, String surname, LocalDate dateOfBirth,
        Integer approximateAge, Sex sex, String upn, String address, String postcode) {
}
