package org.parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;

/**
 * The memory half of the fuzz tests' property: running one input allocates less than a bound,
 * counted by the JVM for the running thread (exact per input, whenever the collector runs).
 */
public final class AllocationBound {

    /**
     * Far above what parsing a fuzzer input (a few KiB of text) should cost, and as the readers' bound
     * ({@code FuzzedReading}): Jazzer's hooks allocate on the running thread too, so a 278-byte line
     * the dateline parser reads with 1 MB in a plain JVM counts 80 MB under Jazzer, even replayed.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationBound() {
    }

    /** Runs {@code work} and fails if it allocated {@link #MAX_BYTES} or more. */
    public static void check(Runnable work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        assertThat(THREADS.getCurrentThreadAllocatedBytes() - before)
                .as("bytes allocated for one input").isLessThan(MAX_BYTES);
    }
}
