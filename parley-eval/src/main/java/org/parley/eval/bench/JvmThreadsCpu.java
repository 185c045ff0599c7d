package org.parley.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time so far of this JVM's own service threads, by kind: the JIT compilers and the garbage
 * collector. They are in a run's process CPU time ({@link BenchReport.Run#cpuSeconds}) but are not
 * the pipeline's work: the compilers' cost is paid once per process (a long ingest amortises it), so
 * on a short run it weighs on the pipeline with less work per article. Read from Linux's
 * {@code /proc/self/task/<tid>/stat} (thread name and user + system clock ticks); zero elsewhere.
 *
 * @param jitNanos CPU of the threads named {@code C1 CompilerThre...} and {@code C2 CompilerThre...}
 * @param gcNanos  CPU of the collector's threads ({@code GC Thread#n}, {@code G1 ...}, the {@code VM Thread})
 */
public record JvmThreadsCpu(long jitNanos, long gcNanos) {

    /** Linux's USER_HZ: the unit of the tick counts in {@code stat}. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** The totals now. */
    public static JvmThreadsCpu now() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new JvmThreadsCpu(0, 0);
        }
        long jit = 0;
        long gc = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                if (open < 0 || close < open) {
                    continue;
                }
                String name = stat.substring(open + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                if (isCompiler(name)) {
                    jit += ticks * NANOS_PER_TICK;
                } else if (isCollector(name)) {
                    gc += ticks * NANOS_PER_TICK;
                }
            }
        } catch (IOException | RuntimeException e) {
            return new JvmThreadsCpu(0, 0);
        }
        return new JvmThreadsCpu(jit, gc);
    }

    static boolean isCompiler(String threadName) {
        return threadName.contains("CompilerThre");
    }

    static boolean isCollector(String threadName) {
        return threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread");
    }

    /** What was used between {@code earlier} and this. */
    public JvmThreadsCpu since(JvmThreadsCpu earlier) {
        return new JvmThreadsCpu(jitNanos - earlier.jitNanos, gcNanos - earlier.gcNanos);
    }
}
