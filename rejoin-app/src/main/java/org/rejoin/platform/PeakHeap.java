package org.rejoin.platform;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The heap's high-water mark between two points of a benchmark run, as the JVM's memory pools record it. */
public final class PeakHeap {

    private PeakHeap() {
    }

    /** Collects what it can, then starts measuring afresh. */
    public static void reset() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most heap in use since {@link #reset()}, in bytes. */
    public static long bytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
