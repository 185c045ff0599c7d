package org.parley.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job in Spark local mode on this machine, for benchmarks and tests: {@code local[cores]},
 * driver and executor in this JVM (so the JVM needs Spark's {@code --add-opens} flags on Java 17).
 */
public final class LocalSparkRun {

    /**
     * What a local run measured.
     *
     * @param articles distinct articles processed
     * @param seconds  wall-clock seconds of the job, NLP model loading included
     * @param corrupt  corrupt input records
     * @param result   everything the job counted
     */
    public record RunStats(long articles, double seconds, long corrupt, ParleyJob.Result result) {
        public double articlesPerSecond() {
            return seconds == 0 ? 0 : articles / seconds;
        }
    }

    private LocalSparkRun() {
    }

    /** A local session with {@code cores} worker threads (reuses a running one). */
    public static SparkSession session(int cores) {
        return SparkSession.builder().master("local[" + cores + "]").appName("parley-local")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)))
                // without it every union in the label propagation adds partitions (a shuffle keeps its
                // largest parent's count), and a small run spends its time scheduling empty tasks
                .config("spark.default.parallelism", String.valueOf(Math.max(2, 2 * cores)))
                .getOrCreate();
    }

    /**
     * Runs one local job and prints one line a caller can parse:
     * {@code spark-run: articles=N seconds=S corrupt=C peak_heap_mb=H}. Arguments: INPUT OUTPUT CORES.
     * The bench starts it in a child JVM, since Spark is not on the command line's classpath.
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LocalSparkRun INPUT OUTPUT CORES");
            System.exit(2);
        }
        RunStats stats = run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        long peakBytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peakBytes += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(java.util.Locale.ROOT, "spark-run: articles=%d seconds=%.3f corrupt=%d peak_heap_mb=%d%n",
                stats.articles(), stats.seconds(), stats.corrupt(), peakBytes / (1024 * 1024));
    }

    /** Runs the job on {@code input} (a file or folder) into {@code output}, in its own session, and times it. */
    public static RunStats run(Path input, Path output, int cores) {
        SparkSession spark = session(cores);
        try {
            Instant start = Instant.now();
            ParleyJob.Result result = ParleyJob.run(spark, List.of(input.toAbsolutePath().toString()),
                    output.toAbsolutePath().toString(), 0, start);
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            return new RunStats(result.articles(), seconds, result.corrupt(), result);
        } finally {
            spark.stop();
        }
    }
}
