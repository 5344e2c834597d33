/**
 * Demo: a deterministic synthetic local authority (fixed seed) for the embedded default and for
 * benchmarks: establishments written as a GIAS file and imported through the real import, term
 * dates, agencies, a user for every role, and about 30,000 children in households (siblings and
 * twins) with realistic names from many backgrounds, addresses, carers, characteristics and
 * registrations. Loaded on first start when the database holds no local authority.
 * <p>Publishes no events and listens to none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.rejoin.demo;
