/**
 * Calendar: bank holidays in England, the LA's term dates per academic year, INSET days per
 * establishment, and {@link org.rejoin.calendar.SchoolDays} arithmetic: is a date a school day,
 * add N school days, count the school days between two dates. Every statutory clock in Rejoin
 * counts school days through this module (docs/rules/school-days.md).
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.rejoin.calendar;
