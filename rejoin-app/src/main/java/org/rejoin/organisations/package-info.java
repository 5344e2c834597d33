/**
 * Organisations: the local authority running Rejoin, establishments (schools, PRUs,
 * alternative provision, independent schools) imported from Get Information About Schools,
 * and the agencies and other LAs the LA works with. Every user belongs to one of these.
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.rejoin.organisations;
