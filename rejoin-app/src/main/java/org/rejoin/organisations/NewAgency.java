package org.rejoin.organisations;

/**
 * An agency to add, as typed: the type by name ({@link AgencyType}); the LA code for another LA.
 */
public record NewAgency(String name, String agencyType, String laCode, String email, String telephone) {
}
