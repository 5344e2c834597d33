/**
 * The benchmarks the README documents, each run by {@code --rejoin.benchmark=NAME} on a database of
 * its own, printing its figures beside a baseline measured in the same run, then stopping Rejoin:
 * {@code roll-snapshot} (every roll in a 250,000-child LA reconciled at once), {@code attendance}
 * (a term of marks for 250,000 pupils) and {@code pages} (the main pages opened over HTTP as each demo
 * user). Not loaded otherwise. They drive the modules through their
 * root interfaces and read whatever tables they measure.
 * <p>Publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks")
package org.rejoin.benchmark;
