/**
 * Record linkage for children (ADR 10): standardise once, block with OR-ed strict rules,
 * compare field by field, score with Fellegi-Sunter weights and term-frequency adjustments,
 * band with guards, explain every pair, cluster without joining conflicting records.
 * Plain Java with no Spring, so that a batch job on Apache Spark can use the same scoring code.
 */
package org.rejoin.linkage;
