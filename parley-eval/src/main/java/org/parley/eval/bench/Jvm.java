package org.parley.eval.bench;

import java.lang.management.ManagementFactory;

/** This JVM's CPU time and live heap, as the bench reads them. */
final class Jvm {

    private Jvm() {
    }

    /** CPU time of the whole JVM so far, or 0 where the platform does not report it. */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** Heap in use after a full collection, in MB. */
    static long liveHeapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
