package org.parley.eval.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Time spent per stage, summed over every thread that ran it (so on two threads the stages can add
 * up to twice the wall time). Thread-safe.
 */
public final class StageTimes {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** Runs {@code work}, adding its time to {@code stage}. */
    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    /** Runs {@code work}, adding its time to {@code stage}. */
    public void run(String stage, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    public void add(String stage, long elapsedNanos) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(elapsedNanos);
        calls.computeIfAbsent(stage, k -> new LongAdder()).increment();
    }

    public long nanos(String stage) {
        LongAdder a = nanos.get(stage);
        return a == null ? 0 : a.sum();
    }

    public long calls(String stage) {
        LongAdder a = calls.get(stage);
        return a == null ? 0 : a.sum();
    }

    /** Nanoseconds per stage for the given stages, in the given order (0 for a stage never timed). */
    public Map<String, Long> snapshot(List<String> order) {
        Map<String, Long> out = new LinkedHashMap<>();
        order.forEach(s -> out.put(s, nanos(s)));
        return out;
    }
}
