package org.parley.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One request at a time per host, and a delay between them: a request to a host waits until the
 * previous one to that host has finished and the delay has passed since. Hosts do not wait for
 * each other. Thread-safe.
 */
final class HostPacer {

    /** When the host's last request finished; guarded by the object itself. */
    private static final class Host {
        long lastFinished = Long.MIN_VALUE;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    /** Runs {@code request} as the host's only one, at least {@code delay} after its previous one. */
    <T> T call(String host, Duration delay, Supplier<T> request) throws InterruptedException {
        Host state = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (state) {
            if (state.lastFinished != Long.MIN_VALUE) {
                long waitNanos = state.lastFinished + delay.toNanos() - System.nanoTime();
                if (waitNanos > 0) {
                    Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
                }
            }
            try {
                return request.get();
            } finally {
                state.lastFinished = System.nanoTime();
            }
        }
    }
}
