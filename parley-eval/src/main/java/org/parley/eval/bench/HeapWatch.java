package org.parley.eval.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap of this JVM while it is open: the peak of heap in use (the usage every collector
 * reports before collecting, plus a sample every second and when read), and the peak of heap still in
 * use right after a collection, which is closer to what a run needs at least. {@link #close} stops watching.
 *
 * <p>Design decision: heap in use only grows between collections, so its peak is what a collection
 * finds when it starts; the one-second sample is a safety net. Sampling every 10 ms (until session 13)
 * cost ~4% of a run's CPU (two watches open, ~0.7 s per 60-article phase), charged to the pipeline
 * being measured.
 *
 * <p>Thread-safe; one watch per phase being measured.
 */
public final class HeapWatch implements AutoCloseable {

    private static final long MB = 1024 * 1024;
    private static final long SAMPLE_MILLIS = 1000;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());
    private final List<Runnable> unsubscribe = new ArrayList<>();
    private final Thread sampler;
    private volatile boolean open = true;

    /** Starts watching. */
    public HeapWatch() {
        sample();
        NotificationListener listener = (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
            peakUsed.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
            peakLive.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // already gone: nothing to undo
                    }
                });
            }
        }
        sampler = new Thread(() -> {
            while (open) {
                sample();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parley-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    private long sum(java.util.Map<String, MemoryUsage> pools) {
        // the collectors report non-heap pools (metaspace, code cache) too: count the heap only
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** Peak heap in use so far, in MB (garbage not yet collected included). */
    public long peakUsedMb() {
        sample();
        return peakUsed.get() / MB;
    }

    /** Peak heap still in use after a collection so far, in MB; 0 when no collection ran. */
    public long peakLiveMb() {
        return peakLive.get() / MB;
    }

    @Override
    public void close() {
        open = false;
        sampler.interrupt();
        unsubscribe.forEach(Runnable::run);
    }
}
