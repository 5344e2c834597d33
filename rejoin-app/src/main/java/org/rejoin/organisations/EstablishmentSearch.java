package org.rejoin.organisations;

/**
 * What to look for among establishments.
 *
 * @param text part of a name, a URN, a LAESTAB or a postcode; blank matches all
 * @param group restricts to a group of establishment types; null for all
 * @param openOnly leave out closed establishments
 */
public record EstablishmentSearch(String text, EstablishmentGroup group, boolean openOnly) {

    public static EstablishmentSearch all() {
        return new EstablishmentSearch(null, null, false);
    }
}
